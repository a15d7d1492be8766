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
  // The submission the result panel shows: a poll for another one must not overwrite it.
  let shownId = null;
  async function grade(mode) {
    if (busy) return;
    busy = true;
    setButtons(true);
    shownId = null;
    showStatus(mode === "run" ? "Running the visible cases…" : "Submitting: every case, hidden ones included…");
    const code = PyPrepEditor.getCode(editor);
    try {
      let result = await api("POST", "/api/submissions", { challenge: slug, code, mode });
      result = await follow(result);
      show(result, code);
      refreshHistory();
      if (result.mode === "submit" && result.verdict === "accepted") onSolved();
      followAnalysis(result, code);
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

  // The complexity measurement follows the verdict at lower priority, and under load it can be
  // deferred for minutes: poll with back-off until it is done or failed, for as long as the panel
  // shows this submission (no cut-off, so a late measurement still lands on the page).
  async function followAnalysis(result, code, past = false) {
    let current = result, delay = 1000;
    while (current.analysis === "pending" && shownId === result.id) {
      await sleep(delay);
      delay = Math.min(delay * 1.5, 10000);
      if (shownId !== result.id) return;
      let next;
      try { next = await api("GET", `/api/submissions/${result.id}`); } catch { continue; } // offline for a moment: keep trying
      if (shownId !== result.id) return;
      if (next.analysis !== current.analysis || JSON.stringify(next.complexity) !== JSON.stringify(current.complexity)) show(next, code, past);
      current = next;
    }
  }

  function setButtons(disabled) {
    for (const id of ["run-button", "submit-button"]) document.getElementById(id).disabled = disabled;
  }

  function showStatus(text, kind = "") {
    resultEl.replaceChildren(el("p", { class: `status ${kind}`, id: "result-status", text }));
  }

  // --- The result panel -----------------------------------------------------------------------
  // code: the code this result graded, so the gutter markers land on the lines they name.
  function show(result, code, past = false) {
    shownId = result.id;
    resultEl.dataset.submission = result.id;
    render(result, code, past);
  }

  function render(result, code, past) {
    const verdict = result.verdict || "error";
    const header = el("div", { class: "verdict-line" },
      el("span", { class: `verdict ${verdict}`, id: "verdict", text: verdict.replaceAll("_", " ") }),
      el("span", { class: "counts", text: result.total ? ` ${result.passed}/${result.total} cases passed` : "" }),
      el("span", { class: "muted", text: result.mode === "run" ? " · visible cases" : " · all cases" }));
    const parts = [header];
    if (past) parts.push(el("p", { class: "muted", id: "result-when", text: `Submitted ${new Date(result.created_utc).toLocaleString()}.` }));
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

    parts.push(styleSection(result, code));
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

  // Style findings come with the verdict (the grading sandbox parses the code), so there is
  // never anything to wait for: findings, "no notes", or nothing when the code did not parse.
  function styleSection(result, code) {
    const findings = result.style || [];
    const sameCode = code !== undefined && PyPrepEditor.getCode(editor) === code;
    PyPrepEditor.showFindings(editor, sameCode ? findings : []);
    if (!findings.length) {
      return result.verdict && result.verdict !== "syntax_error"
        ? el("p", { class: "muted", id: "style-none", text: "Style: nothing to note." }) : null;
    }
    const list = el("ul", { class: "findings", id: "style-findings" });
    for (const f of findings) {
      list.append(el("li", {}, el("strong", { text: `line ${f.line}: ${f.rule}` }), " ", f.message,
        f.suggestion ? el("div", { class: "suggestion" }, "Pythonic: ", el("code", { text: f.suggestion })) : null));
    }
    const note = sameCode ? "Marked in the editor gutter too." : "Load this submission into the editor to see them beside its lines.";
    return el("section", {}, el("h3", { text: "Style" }), el("p", { class: "muted", text: note }), list);
  }

  function complexitySection(complexity) {
    if (!complexity) return null;
    if (complexity.status === "pending") {
      return el("p", { class: "muted", id: "complexity-pending", "data-stage": complexity.stage || "", text: pendingText(complexity) });
    }
    const section = el("section", { class: "complexity", id: "complexity", "data-status": complexity.status || "done" }, el("h3", { text: "Complexity" }));
    if (complexity.status === "failed") {
      section.append(el("p", { class: "error-text", id: "complexity-failed", text: `Could not be measured: ${complexity.reason || "the measurement failed"}.` }));
    } else {
      const summary = `measured ${complexity.estimate ?? "not sure"}` +
        ((complexity.expected ?? complexity.expected_text) ? `, expected ${complexity.expected ?? complexity.expected_text}` : "") +
        (complexity.confidence != null ? ` (confidence ${Math.round(complexity.confidence * 100)}%)` : "");
      section.append(el("p", { text: summary }));
      if (complexity.note) section.append(el("p", { class: "muted", text: complexity.note }));
    }
    const series = [{ name: "your code", label: complexity.estimate && complexity.estimate !== "not sure" ? complexity.estimate : "", samples: complexity.samples || [] }];
    for (const r of Array.isArray(complexity.reference) ? complexity.reference : []) {
      series.push({ name: r.solution.replace(/\.py$/, "").replaceAll("_", " "), label: r.complexity || "", samples: r.samples || [] });
    }
    const picture = chart(series);
    if (picture) section.append(picture);
    return section;
  }

  function pendingText(complexity) {
    switch (complexity.stage) {
      case "running": return "Measuring how your code grows…";
      case "deferred": return "Complexity measurement deferred: submissions are being graded first, and it runs as soon as the grader is free.";
      case "queued": return `Complexity measurement queued (${complexity.position ?? "?"} in line)…`;
      default: return "Complexity measurement pending (it follows the verdict)…";
    }
  }

  // Time against n on log-log axes, one line per series: your code against the challenge's own
  // reference solutions timed on this machine. On log scales each growth class is a straight line
  // whose slope is its power (n: 1, n^2: 2), and curves microseconds and seconds apart stay readable.
  function chart(series) {
    const w = 590, h = 300, left = 58, right = 180, top = 14, bottom = 40;
    const drawn = series.filter(s => s.samples.some(p => p.n > 0 && p.seconds > 0));
    const all = drawn.flatMap(s => s.samples).filter(p => p.n > 0 && p.seconds > 0);
    if (!drawn.length || drawn[0] !== series[0]) return null; // nothing of the candidate's to compare
    const lx = Math.log10, minN = Math.min(...all.map(p => p.n)), maxN = Math.max(...all.map(p => p.n));
    const minT = Math.min(...all.map(p => p.seconds)), maxT = Math.max(...all.map(p => p.seconds));
    const n0 = Math.floor(lx(minN)), n1 = Math.max(Math.ceil(lx(maxN)), n0 + 1);
    const t0 = Math.floor(lx(minT)), t1 = Math.max(Math.ceil(lx(maxT)), t0 + 1);
    const x = n => left + (w - left - right) * (lx(n) - n0) / (n1 - n0);
    const y = t => h - bottom - (h - top - bottom) * (lx(t) - t0) / (t1 - t0);
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    svg.setAttribute("class", "chart");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Running time against input size, log-log: " + drawn.map(s => `${s.name} ${s.label}`.trim()).join(", "));
    const add = (tag, attrs, text, parent = svg) => {
      const node = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      if (text) node.textContent = text;
      parent.append(node);
      return node;
    };
    for (let e = n0; e <= n1; e++) {
      add("line", { x1: x(10 ** e), y1: top, x2: x(10 ** e), y2: h - bottom, class: "grid" });
      add("text", { x: x(10 ** e), y: h - bottom + 14, "text-anchor": "middle" }, sizeLabel(e));
    }
    for (let e = t0; e <= t1; e++) {
      add("line", { x1: left, y1: y(10 ** e), x2: w - right, y2: y(10 ** e), class: "grid" });
      add("text", { x: left - 6, y: y(10 ** e) + 3, "text-anchor": "end" }, timeLabel(e));
    }
    add("line", { x1: left, y1: h - bottom, x2: w - right, y2: h - bottom, class: "axis" });
    add("line", { x1: left, y1: top, x2: left, y2: h - bottom, class: "axis" });
    add("text", { x: (left + w - right) / 2, y: h - 6, "text-anchor": "middle", class: "axis-title" }, "input size n (log scale)");
    add("text", { x: 12, y: (top + h - bottom) / 2, "text-anchor": "middle", class: "axis-title", transform: `rotate(-90 12 ${(top + h - bottom) / 2})` }, "time per call (log scale)");
    // References first, so the candidate's line is drawn on top of one it matches.
    const order = drawn.map((s, i) => [s, i]).slice(1).concat([[drawn[0], 0]]);
    order.forEach(([s, i]) => {
      const cls = i === 0 ? "candidate" : `reference ref-${(i - 1) % 4}`;
      const points = s.samples.filter(p => p.n > 0 && p.seconds > 0).sort((a, b) => a.n - b.n);
      const group = add("g", { class: `series-group ${cls}`, "data-series": s.name });
      add("polyline", { points: points.map(p => `${x(p.n).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(" "), class: `series ${cls}` }, null, group);
      if (i === 0) {
        for (const p of points) {
          const dot = add("circle", { cx: x(p.n).toFixed(1), cy: y(p.seconds).toFixed(1), r: 2.5, class: "dot" }, null, group);
          add("title", {}, `n = ${p.n}: ${formatSeconds(p.seconds)}`, dot);
        }
      }
      // The legend, beside the plot: name and class, in the series' colour.
      const ly = top + 10 + 30 * i;
      add("line", { x1: w - right + 10, y1: ly, x2: w - right + 30, y2: ly, class: `series ${cls}` }, null, group);
      add("text", { x: w - right + 36, y: ly + 3, class: `legend ${cls}` }, s.name, group);
      if (s.label) add("text", { x: w - right + 36, y: ly + 15, class: `legend-class ${cls}` }, s.label, group);
    });
    return svg;
  }

  function sizeLabel(e) { return e >= 6 ? `${10 ** (e - 6)}M` : e >= 3 ? `${10 ** (e - 3)}k` : String(10 ** e); }
  function timeLabel(e) { return e >= 0 ? `${10 ** e} s` : e >= -3 ? `${10 ** (e + 3)} ms` : e >= -6 ? `${10 ** (e + 6)} µs` : `${10 ** (e + 9)} ns`; }
  function formatSeconds(t) { return t >= 1 ? `${t.toPrecision(3)} s` : t >= 1e-3 ? `${(t * 1e3).toPrecision(3)} ms` : `${(t * 1e6).toPrecision(3)} µs`; }

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
      const load = el("button", { type: "button", class: "link load-code", text: "load into editor" });
      load.addEventListener("click", () => PyPrepEditor.setCode(editor, s.code));
      const open = el("button", { type: "button", class: "link open-result", text: "show its result" });
      open.addEventListener("click", () => openPast(s));
      return el("li", { class: `history-item ${s.verdict || ""}`, "data-id": s.id },
        el("details", {}, el("summary", {}, el("span", { class: "when", text: when }), " ", el("span", { class: "what", text: label })),
          el("pre", { class: "code", text: s.code }), open, " · ", load));
    }));
  }

  // A past submission's full result (cases, style, complexity) in the result panel, followed
  // like a fresh one while its measurement is still pending.
  async function openPast(entry) {
    if (busy) return;
    shownId = entry.id;
    showStatus("Loading that submission's result…");
    try {
      let result = await api("GET", `/api/submissions/${entry.id}`);
      if (result.status !== "done") result = await follow(result);
      if (shownId !== entry.id) return;
      show(result, entry.code, true);
      resultEl.scrollIntoView({ block: "nearest" });
      followAnalysis(result, entry.code, true);
    } catch (error) {
      showStatus("Could not load that result: " + error.message, "error");
    }
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
