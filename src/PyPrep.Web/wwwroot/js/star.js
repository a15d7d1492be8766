// The STAR coach page: the prompt picker, a live word count, Check (POST /api/star) and the report
// (the four parts as the coach read them, with tools, measures and filler marked; what is missing
// or thin; the three changes worth most), and saving to the story bank (POST/PUT /api/stories).
// Plain browser JavaScript, no build step; text is only ever set as text, never as HTML.
(function () {
  "use strict";
  const root = document.getElementById("coach");
  if (!root) return;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const answerEl = document.getElementById("answer");
  const promptEl = document.getElementById("prompt");
  const reportEl = document.getElementById("report");
  const saveStatus = document.getElementById("save-status");
  const draftKey = "pyprep:star:draft";
  let storyId = root.dataset.storyId || "";

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  async function api(method, url, body) {
    const headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (csrf) headers["X-CSRF-TOKEN"] = csrf;
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new Error(json?.detail || json?.title || `${response.status} ${response.statusText}`);
    return json;
  }

  // --- Prompt and live count -------------------------------------------------------------------
  function showPrompt() {
    for (const detail of document.querySelectorAll(".prompt-detail")) {
      detail.classList.toggle("hidden", detail.dataset.prompt !== promptEl.value);
    }
    // A new story answers the prompt it was written for; an edited one keeps its own choices.
    if (!storyId && promptEl.value) {
      const box = document.querySelector(`input[name="story-prompt"][value="${CSS.escape(promptEl.value)}"]`);
      if (box) box.checked = true;
    }
  }
  promptEl.addEventListener("change", showPrompt);

  // The same notion of a word as the coach (StarText.Words), at 150 words a minute.
  const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.,%+\/-]*/gu;
  function liveCount() {
    const words = (answerEl.value.match(wordPattern) || []).length;
    document.getElementById("live-count").textContent = words === 0 ? "" : `${words} words, about ${(words / 150).toFixed(1)} min spoken (aim for 1.5 to 2.5)`;
  }
  if (!storyId && !answerEl.value) answerEl.value = localStorage.getItem(draftKey) || "";
  answerEl.addEventListener("input", () => {
    if (!storyId) localStorage.setItem(draftKey, answerEl.value);
    liveCount();
  });
  liveCount();

  // --- Check ------------------------------------------------------------------------------------
  async function check() {
    if (!answerEl.value.trim()) {
      showMessage("Write an answer first.", "error");
      return;
    }
    showMessage("Reading your answer…");
    try {
      render(await api("POST", "/api/star", { answer: answerEl.value }));
    } catch (error) {
      showMessage("Could not check the answer: " + error.message, "error");
    }
  }
  document.getElementById("check-button").addEventListener("click", check);
  answerEl.addEventListener("keydown", e => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
  });

  function showMessage(text, kind = "") {
    reportEl.replaceChildren(el("p", { class: `status ${kind}`, text }));
  }

  const partNames = ["situation", "task", "action", "result"];
  const title = s => s.charAt(0).toUpperCase() + s.slice(1);
  const criterionNames = {
    situation: "Situation", task: "Task", action: "Action", result: "Result", first_person: "First-person action",
    measurable_result: "Measurable result", specifics: "Tools and practices", length: "Length", delivery: "Filler and hedging",
  };

  function render(report) {
    const item = name => report.breakdown.find(b => b.criterion === name);
    const children = [
      el("p", { id: "star-score", class: `score band ${report.band}` },
        el("span", { class: "score-value", text: `${report.score}` }), " / 100 · ", el("span", { id: "star-band", text: report.band })),
    ];

    children.push(el("h3", { text: "The three changes that would help most" }));
    children.push(report.advice.length === 0
      ? el("p", { id: "advice-none", text: "Nothing to change: this answer has every part, told in the first person, with a measured result." })
      : el("ol", { id: "advice" }, ...report.advice.map(a => el("li", { text: a }))));

    children.push(el("h3", { text: "The four parts, as the coach read them" }));
    const marks = {
      tool: report.tools, filler: report.fillers.map(f => f.term).concat(report.hedges.map(h => h.term)),
    };
    const parts = el("div", { id: "parts" });
    for (const name of partNames) {
      const present = report.parts[name];
      const thin = report.thin.includes(name);
      const state = !present ? "missing" : thin ? "thin" : "found";
      const finding = item(name)?.finding || "";
      const body = present
        ? el("p", { class: "part-text" }, highlight(report.text[name], name === "result" ? { ...marks, measure: report.measures } : marks))
        : el("p", { class: "part-text muted", text: item(name)?.advice || "" });
      parts.append(el("div", { class: `part ${name} ${state}`, "data-part": name },
        el("div", { class: "part-head" }, el("strong", { text: title(name) }), el("span", { class: "part-state", text: state }),
          el("span", { class: "muted", text: finding })),
        thin ? el("p", { class: "note", text: item(name)?.advice || "" }) : null,
        body));
    }
    children.push(parts);

    children.push(el("h3", { text: "Checks" }));
    // From the words, like the coach's own finding, so both round the same way.
    const minutes = (report.words / 150).toFixed(1);
    const fillers = report.fillers.concat(report.hedges);
    const rows = [
      ["first-person", "First-person action", report.first_person ? "yes" : "no", item("first_person").finding],
      ["measurable", "Measurable result", report.measurable_result ? "yes" : "no",
        report.measures.length ? `Measures: ${report.measures.join(", ")}` : item("measurable_result").finding],
      ["tools", "Tools and practices named", `${report.tools.length}`, report.tools.length ? report.tools.join(", ") : "None named."],
      ["length", "Length", `${minutes} min`, `${report.words} words, about ${minutes} minutes spoken; aim for 1.5 to 2.5.`],
      ["filler", "Filler and hedging", `${fillers.reduce((n, f) => n + f.count, 0)}`,
        fillers.length ? fillers.map(f => f.count > 1 ? `"${f.term}" ×${f.count}` : `"${f.term}"`).join(", ") : "None."],
    ];
    children.push(el("table", { id: "checks", class: "checks" }, el("tbody", {}, ...rows.map(([id, label, value, detail]) =>
      el("tr", { id: `check-${id}` }, el("th", { text: label }), el("td", { class: "value", text: value }), el("td", { text: detail }))))));

    children.push(el("details", { class: "breakdown" }, el("summary", { text: "Where every point comes from" }),
      el("table", { id: "breakdown", class: "checks" }, el("tbody", {}, ...report.breakdown.map(b =>
        el("tr", { class: b.earned === b.max ? "full" : "lost" }, el("th", { text: criterionNames[b.criterion] || b.criterion }),
          el("td", { class: "value", text: `${b.earned}/${b.max}` }), el("td", { text: b.finding })))))));
    reportEl.replaceChildren(...children);
  }

  // Marks whole-word occurrences of the given terms ({kind: [term, ...]}) in text, as text nodes and <mark>s.
  function highlight(text, termsByKind) {
    const kinds = new Map();
    for (const [kind, terms] of Object.entries(termsByKind)) for (const t of terms) if (t) kinds.set(t.toLowerCase(), kind);
    const fragment = document.createDocumentFragment();
    if (kinds.size === 0) { fragment.append(text); return fragment; }
    const escaped = [...kinds.keys()].sort((a, b) => b.length - a.length).map(t => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(${escaped.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(text.slice(at, match.index));
      const kind = kinds.get(match[0].toLowerCase().replace(/\s+/g, " ")) || "tool";
      fragment.append(el("mark", { class: kind, text: match[0] }));
      at = match.index + match[0].length;
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  // --- Save to the story bank ---------------------------------------------------------------------
  async function save() {
    const body = {
      title: document.getElementById("story-title").value,
      answer: answerEl.value,
      prompts: [...document.querySelectorAll('input[name="story-prompt"]:checked')].map(box => box.value),
    };
    saveStatus.className = "muted";
    saveStatus.textContent = "Saving…";
    try {
      const story = await api(storyId ? "PUT" : "POST", storyId ? `/api/stories/${storyId}` : "/api/stories", body);
      const created = !storyId;
      storyId = story.id;
      root.dataset.storyId = storyId;
      localStorage.removeItem(draftKey);
      const url = new URL(window.location.href);
      url.searchParams.set("story", storyId);
      history.replaceState(null, "", url);
      document.getElementById("save-button").textContent = "Save changes";
      saveStatus.className = "ok";
      saveStatus.textContent = created ? `Saved "${story.title}" to your story bank.` : `Saved the changes to "${story.title}".`;
      render(story.report);
    } catch (error) {
      saveStatus.className = "status error";
      saveStatus.textContent = "Not saved: " + error.message;
    }
  }
  document.getElementById("save-button").addEventListener("click", save);
})();
