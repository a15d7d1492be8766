// A design scenario page: Save and Check coverage (PUT /api/design/{slug}/worksheet, which stores the
// worksheet and answers with its rubric coverage), then the coverage per rubric item beside the
// reference design. Plain browser JavaScript, no build step; text is only ever set as text.
(function () {
  "use strict";
  const root = document.getElementById("design");
  if (!root) return;
  const slug = root.dataset.slug;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const statusEl = document.getElementById("worksheet-status");
  const coverageEl = document.getElementById("coverage");
  const sections = [...document.querySelectorAll("#worksheet .section")].map(div => ({
    id: div.dataset.section,
    title: div.querySelector("label").textContent,
    field: div.querySelector("textarea"),
  }));
  const titleOf = id => sections.find(s => s.id === id)?.title || id;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  async function save() {
    const answers = Object.fromEntries(sections.map(s => [s.id, s.field.value]));
    const headers = { "Accept": "application/json", "Content-Type": "application/json" };
    if (csrf) headers["X-CSRF-TOKEN"] = csrf;
    const response = await fetch(`/api/design/${encodeURIComponent(slug)}/worksheet`, { method: "PUT", headers, body: JSON.stringify({ answers }) });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new Error(json?.detail || json?.title || `${response.status} ${response.statusText}`);
    statusEl.className = "ok";
    statusEl.textContent = `Saved ${new Date(json.updated_utc).toLocaleTimeString()}.`;
    return json;
  }

  async function run(withCoverage) {
    statusEl.className = "muted";
    statusEl.textContent = "Saving…";
    try {
      const worksheet = await save();
      if (withCoverage) {
        renderCoverage(worksheet.coverage);
        const reference = document.getElementById("reference");
        reference.open = true;
        reference.querySelector("summary").textContent = "Your rubric coverage beside the reference design";
      }
    } catch (error) {
      statusEl.className = "status error";
      statusEl.textContent = "Not saved: " + error.message;
    }
  }
  document.getElementById("save-worksheet").addEventListener("click", () => run(false));
  document.getElementById("check-coverage").addEventListener("click", () => run(true));

  const statusText = { covered: "covered", elsewhere: "in another section", missing: "missing" };

  function renderCoverage(coverage) {
    const children = [
      el("h2", { text: "Rubric coverage" }),
      el("p", { id: "coverage-total", class: "score" }, `${coverage.covered} of ${coverage.total} items covered `, el("span", { class: "muted", text: `(${coverage.percent}%)` })),
    ];
    for (const section of sections) {
      const items = coverage.items.filter(i => i.section === section.id);
      if (items.length === 0) continue;
      children.push(el("h3", { text: section.title }));
      children.push(el("ul", { class: "rubric" }, ...items.map(item => {
        const detail = [];
        if (item.status === "elsewhere") detail.push(`You wrote it under ${titleOf(item.found_in)}; it belongs under ${section.title}.`);
        if (item.found.length) detail.push(`Found: ${item.found.join(", ")}.`);
        if (item.status !== "covered" && item.missing.length) detail.push(`Not found: ${item.missing.join(", ")}.`);
        return el("li", { class: `rubric-item ${item.status}`, "data-item": item.id },
          el("span", { class: "rubric-status", text: statusText[item.status] || item.status }), " ",
          el("span", { class: "point", text: item.point }),
          detail.length ? el("div", { class: "muted", text: detail.join(" ") }) : null);
      })));
    }
    coverageEl.replaceChildren(...children);
    coverageEl.classList.remove("hidden");
    document.getElementById("reference").scrollIntoView({ behavior: "smooth", block: "start" });
  }
})();
