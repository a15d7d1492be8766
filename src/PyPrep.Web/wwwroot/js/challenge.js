// The challenge page: editor, Run/Submit over the JSON API, live status by polling, the result
// panel (per-case status, expected/actual diff, printed output, style markers, complexity chart),
// hints, give-up, walkthrough and history. Plain browser JavaScript, no build step.
(function () {
  "use strict";
  const root = document.getElementById("challenge");
  if (!root) return;
  const data = JSON.parse(document.getElementById("challenge-data").textContent);
  const slug = data.slug;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const draftKey = `pyprep:draft:${slug}`;
  const scratchKey = `pyprep:scratch:${slug}`;
  const resultEl = document.getElementById("result");

  const editor = PyPrepEditor.create(document.getElementById("editor"), localStorage.getItem(draftKey) ?? data.starter, {
    minHeight: "320px",
    onChange: () => localStorage.setItem(draftKey, PyPrepEditor.getCode(editor)),
  });
  const firstCase = data.visible_cases[0];
  const scratch = PyPrepEditor.create(document.getElementById("scratch"),
    localStorage.getItem(scratchKey) ?? (firstCase && !firstCase.input.includes("\n") ? `print(${data.entry}(${firstCase.input}))\n` : ""), {
      minHeight: "60px",
      onChange: () => localStorage.setItem(scratchKey, PyPrepEditor.getCode(scratch)),
    });
  editor.dom.id = "editor-view";

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
    if (!response.ok && response.status !== 202) {
      const message = json?.detail || json?.title || `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return json;
  }

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

  // --- Run and Submit -------------------------------------------------------------------------
  let busy = false;
  async function grade(mode) {
    if (busy) return;
    busy = true;
    setButtons(true);
    showStatus(mode === "run" ? "Running the visible cases…" : "Submitting: every case, hidden ones included…");
    try {
      let result = await api("POST", "/api/submissions", { challenge: slug, code: PyPrepEditor.getCode(editor), mode });
      result = await follow(result);
      render(result);
      refreshHistory();
      if (result.mode === "submit" && result.verdict === "accepted") onSolved();
      followAnalysis(result);
    } catch (error) {
      showStatus("Could not grade: " + error.message, "error");
    } finally {
      busy = false;
      setButtons(false);
    }
  }

  // Polls until the verdict is in, telling the candidate when the grader is busy.
  async function follow(result) {
    let delay = 150;
    while (result.status !== "done") {
      if (result.status === "queued" && result.queue && (result.queue.saturated || result.queue.position > 1)) {
        showStatus(`Queued: ${result.queue.position ?? "?"} in line. Every grader is busy; your code runs as soon as one is free.`, "queued");
      } else {
        showStatus(result.status === "running" ? "Running in the sandbox…" : "Waiting for a grader…");
      }
      await sleep(delay);
      delay = Math.min(delay * 1.5, 1000);
      result = await api("GET", `/api/submissions/${result.id}`);
    }
    return result;
  }

  // Complexity and style follow the verdict at lower priority; the panel updates when they land.
  async function followAnalysis(result) {
    let current = result;
    for (let i = 0; i < 120 && current.analysis === "pending"; i++) {
      await sleep(1000);
      try { current = await api("GET", `/api/submissions/${result.id}`); } catch { return; }
      if (current.analysis !== "pending") render(current);
    }
  }

  function setButtons(disabled) {
    for (const id of ["run-button", "submit-button"]) document.getElementById(id).disabled = disabled;
  }

  function showStatus(text, kind = "") {
    resultEl.replaceChildren(el("p", { class: `status ${kind}`, id: "result-status", text }));
  }

  // --- The result panel -----------------------------------------------------------------------
  function render(result) {
    const verdict = result.verdict || "error";
    const header = el("div", { class: "verdict-line" },
      el("span", { class: `verdict ${verdict}`, id: "verdict", text: verdict.replaceAll("_", " ") }),
      el("span", { class: "counts", text: result.total ? ` ${result.passed}/${result.total} cases passed` : "" }),
      el("span", { class: "muted", text: result.mode === "run" ? " · visible cases" : " · all cases" }));
    const parts = [header];
    if (result.error) parts.push(el("pre", { class: "error-text", text: result.error }));

    const table = el("table", { class: "cases", id: "cases" }, el("thead", {}, el("tr", {},
      el("th", { text: "case" }), el("th", { text: "status" }), el("th", { text: "ms" }))));
    const body = el("tbody");
    for (const c of result.cases || []) {
      const row = el("tr", { class: c.status === "passed" ? "pass" : "fail", "data-case": c.id },
        el("td", { text: c.hidden ? `${c.id} (hidden)` : c.id }),
        el("td", { text: c.status.replaceAll("_", " ") }),
        el("td", { text: String(c.time_ms ?? "") }));
      body.append(row);
      const detail = caseDetail(c);
      if (detail) body.append(el("tr", { class: "detail" }, el("td", { colspan: "3" }, detail)));
    }
    table.append(body);
    if ((result.cases || []).length) parts.push(table);

    if (result.output) parts.push(el("h3", { text: "Printed output" }), el("pre", { class: "output", text: result.output }));
    if (result.output_note) parts.push(el("p", { class: "muted", text: result.output_note }));

    parts.push(styleSection(result));
    parts.push(complexitySection(result.complexity));
    resultEl.replaceChildren(...parts.filter(Boolean));
  }

  function caseDetail(c) {
    const box = el("div", { class: "case-detail" });
    let any = false;
    if (!c.hidden && c.status !== "passed") {
      any = true;
      box.append(el("div", { class: "call" }, el("code", { text: `${data.entry}(${c.input})` })));
      if (c.expected !== undefined) box.append(diff(c.expected ?? "None", c.actual ?? "(nothing returned)"));
    }
    if (c.note) { any = true; box.append(el("p", { class: "note", text: c.note })); }
    if (c.error) { any = true; box.append(el("pre", { class: "error-text", text: c.error })); }
    if (c.stdout) { any = true; box.append(el("div", { class: "muted", text: "printed:" }), el("pre", { class: "output", text: c.stdout })); }
    return any ? box : null;
  }

  // Expected against actual, with the part that differs marked (common prefix and suffix kept plain).
  function diff(expected, actual) {
    let start = 0;
    while (start < expected.length && start < actual.length && expected[start] === actual[start]) start++;
    let end = 0;
    while (end < expected.length - start && end < actual.length - start &&
           expected[expected.length - 1 - end] === actual[actual.length - 1 - end]) end++;
    const line = (label, text, cls) => el("div", { class: `diff-line ${cls}` },
      el("span", { class: "label", text: label }),
      el("code", {}, text.slice(0, start), el("mark", { text: text.slice(start, text.length - end) }), text.slice(text.length - end)));
    return el("div", { class: "diff" }, line("expected", expected, "expected"), line("actual", actual, "actual"));
  }

  function styleSection(result) {
    const findings = result.style || [];
    PyPrepEditor.showFindings(editor, findings);
    if (!findings.length) {
      return result.analysis === "pending" ? el("p", { class: "muted", text: "Style review pending…" }) : null;
    }
    const list = el("ul", { class: "findings", id: "style-findings" });
    for (const f of findings) {
      list.append(el("li", {}, el("strong", { text: `line ${f.line}: ${f.rule}` }), " ", f.message,
        f.suggestion ? el("div", { class: "suggestion" }, "Pythonic: ", el("code", { text: f.suggestion })) : null));
    }
    return el("section", {}, el("h3", { text: "Style" }), list);
  }

  function complexitySection(complexity) {
    if (!complexity) return null;
    if (complexity.status === "pending") return el("p", { class: "muted", id: "complexity-pending", text: "Measuring how your code grows… (follows the verdict)" });
    const section = el("section", { class: "complexity", id: "complexity" }, el("h3", { text: "Complexity" }));
    const summary = `measured ${complexity.estimate ?? "?"}` +
      (complexity.expected ? `, expected ${complexity.expected}` : "") +
      (complexity.confidence != null ? ` (confidence ${Math.round(complexity.confidence * 100)}%)` : "");
    section.append(el("p", { text: summary }));
    const series = [{ name: "your code", cls: "candidate", samples: complexity.samples || [] }];
    const reference = complexity.reference_samples || complexity.reference?.samples;
    if (reference) series.push({ name: "reference", cls: "reference", samples: reference });
    if (series[0].samples.length) section.append(chart(series));
    return section;
  }

  // Time against n as an SVG line chart, one line per series.
  function chart(series) {
    const w = 420, h = 220, pad = 40;
    const all = series.flatMap(s => s.samples);
    const maxN = Math.max(...all.map(s => s.n), 1), maxT = Math.max(...all.map(s => s.seconds), 1e-9);
    const x = n => pad + (w - 2 * pad) * n / maxN, y = t => h - pad + (2 * pad - h) * t / maxT;
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    svg.setAttribute("class", "chart");
    const add = (tag, attrs, text) => {
      const node = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      if (text) node.textContent = text;
      svg.append(node);
    };
    add("line", { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, class: "axis" });
    add("line", { x1: pad, y1: pad, x2: pad, y2: h - pad, class: "axis" });
    add("text", { x: w - pad, y: h - 10, "text-anchor": "end" }, `n (max ${maxN})`);
    add("text", { x: 4, y: pad - 10 }, `seconds (max ${maxT.toPrecision(2)})`);
    series.forEach((s, i) => {
      const points = [...s.samples].sort((a, b) => a.n - b.n).map(p => `${x(p.n).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(" ");
      add("polyline", { points, class: `series ${s.cls}` });
      add("text", { x: pad + 8, y: pad + 14 * (i + 1), class: `legend ${s.cls}` }, s.name);
    });
    return svg;
  }

  // --- Scratch --------------------------------------------------------------------------------
  async function runScratch() {
    const out = document.getElementById("scratch-output");
    out.classList.remove("hidden");
    out.textContent = "Running…";
    try {
      const r = await api("POST", "/api/scratch", { challenge: slug, code: PyPrepEditor.getCode(editor), scratch: PyPrepEditor.getCode(scratch) });
      out.textContent = (r.stdout || "") + (r.error ? (r.stdout ? "\n" : "") + r.error : "") || "(nothing printed)";
    } catch (error) {
      out.textContent = "Could not run: " + error.message;
    }
  }

  // --- Hints, giving up, walkthrough ----------------------------------------------------------
  function showHints(hints) {
    const list = document.getElementById("hints");
    list.replaceChildren(...hints.hints.map(html => { const li = el("li"); li.innerHTML = html; return li; }));
    const button = document.getElementById("hint-button");
    button.disabled = hints.revealed >= hints.total;
    button.textContent = hints.revealed === 0 ? "Show a hint" : "Show the next hint";
    document.getElementById("hint-count").textContent = hints.total ? `${hints.revealed} of ${hints.total}` : "no hints for this one";
  }

  async function nextHint() {
    try { showHints(await api("POST", `/api/challenges/${slug}/hints`)); } catch (error) { alert(error.message); }
  }

  async function giveUp() {
    if (!confirm("Show the walkthrough? Try a hint first if you have not.")) return;
    try { showWalkthrough((await api("POST", `/api/challenges/${slug}/give-up`)).walkthrough_html); } catch (error) { alert(error.message); }
  }

  function showWalkthrough(html) {
    document.getElementById("walkthrough").innerHTML = html;
  }

  async function onSolved() {
    document.getElementById("solved-badge").classList.remove("hidden");
    if (document.getElementById("give-up-button")) {
      try { showWalkthrough((await api("GET", `/api/challenges/${slug}/walkthrough`)).walkthrough_html); } catch { /* stays locked */ }
    }
  }

  // --- History --------------------------------------------------------------------------------
  async function refreshHistory() {
    const list = document.getElementById("history");
    let items;
    try { items = await api("GET", `/api/challenges/${slug}/submissions`); } catch { return; }
    if (!items.length) { list.replaceChildren(el("li", { class: "muted", text: "Nothing submitted yet." })); return; }
    list.replaceChildren(...items.map(s => {
      const when = new Date(s.created_utc).toLocaleString();
      const label = `${s.mode} · ${(s.verdict || s.status).replaceAll("_", " ")}` + (s.total ? ` · ${s.passed}/${s.total}` : "");
      const load = el("button", { type: "button", class: "link", text: "load into editor" });
      load.addEventListener("click", () => PyPrepEditor.setCode(editor, s.code));
      return el("li", { class: `history-item ${s.verdict || ""}`, "data-id": s.id },
        el("details", {}, el("summary", {}, el("span", { class: "when", text: when }), " ", el("span", { class: "what", text: label })),
          el("pre", { class: "code", text: s.code }), load));
    }));
  }

  document.getElementById("run-button").addEventListener("click", () => grade("run"));
  document.getElementById("submit-button").addEventListener("click", () => grade("submit"));
  document.getElementById("scratch-button").addEventListener("click", runScratch);
  document.getElementById("hint-button").addEventListener("click", nextHint);
  document.getElementById("give-up-button")?.addEventListener("click", giveUp);
  document.addEventListener("keydown", e => { if (e.ctrlKey && e.key === "Enter") { e.preventDefault(); grade("run"); } });
  showHints(data.hints);
  refreshHistory();
})();
