// The review page: one concept card at a time from GET /api/review/next, the answer sent to
// POST /api/review/answer, then the verdict, the explanation and when the card comes back.
// Keyboard first: number keys pick options or key points, Enter checks and moves on, Ctrl+Enter
// checks from a text box or the editor. Plain browser JavaScript, no build step.
(function () {
  "use strict";
  const root = document.getElementById("review");
  if (!root) return;
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const cardEl = document.getElementById("card");
  const feedbackEl = document.getElementById("feedback");
  const hintsEl = document.getElementById("key-hints");
  const countsEl = document.getElementById("queue-counts");
  const topicSelect = document.getElementById("topic-select");

  let topic = data.topic || "";
  // phase: "loading" | "answer" | "reveal" (short answer: grading key points) | "checking" | "feedback" | "done"
  let phase = "loading";
  let card = null;
  let shownAt = 0;
  let fixEditor = null;
  let selected = new Set();

  // The FSRS grades, lowest first; keys 1-4 after an answer lower the grade it earned.
  const RATINGS = ["again", "hard", "good", "easy"];
  let currentRating = null;
  let regrading = false;
  const KIND_LABELS = { "predict-output": "What does it print?", "choice": "Choose", "spot-the-bug": "Spot the bug", "short-answer": "Short answer" };

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k === "html") node.innerHTML = v; // only HTML rendered by the server from our own Markdown (raw HTML disabled)
      else node.setAttribute(k, v);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  function kbd(key) { return el("kbd", { text: key }); }

  function codeBlock(code, id) {
    const pre = el("pre", { class: "code highlighted" });
    if (id) pre.id = id;
    const inner = el("code");
    pre.append(inner);
    if (window.PyPrepEditor?.highlight) PyPrepEditor.highlight(inner, code.replace(/\n$/, ""));
    else inner.textContent = code;
    return pre;
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

  function setHints(...parts) {
    hintsEl.textContent = "";
    parts.forEach((part, i) => {
      if (i > 0) hintsEl.append(" · ");
      const [keys, what] = part;
      keys.forEach((k, j) => { if (j > 0) hintsEl.append("/"); hintsEl.append(kbd(k)); });
      hintsEl.append(" " + what);
    });
  }

  // --- Loading the next card ------------------------------------------------------------------
  async function loadNext() {
    phase = "loading";
    feedbackEl.classList.add("hidden");
    feedbackEl.textContent = "";
    try {
      const next = await api("GET", "/api/review/next" + (topic ? `?topic=${encodeURIComponent(topic)}` : ""));
      showCounts(next.queue);
      if (next.card) showCard(next.card);
      else showDone(next);
    } catch (error) {
      cardEl.textContent = "";
      cardEl.append(el("p", { class: "error-text", text: "Could not load a card: " + error.message }));
    }
  }

  function showCounts(queue) {
    countsEl.textContent = queue.total === 0 ? "nothing left today"
      : `${queue.total} left today: ${queue.new} new, ${queue.learning} learning, ${queue.review} to review`;
  }

  function showDone(next) {
    phase = "done";
    card = null;
    cardEl.textContent = "";
    cardEl.dataset.item = "";
    cardEl.append(el("h2", { id: "done", text: "All done for now." }));
    cardEl.append(el("p", { text: next.next_due_in
      ? `The next card comes due ${next.next_due_in} (${new Date(next.next_due_utc).toLocaleString()}).`
      : `Today's ${next.new_per_day} new questions are done. Come back tomorrow, or pick another topic.` }));
    setHints([["T"], "choose a topic"]);
    cardEl.focus();
  }

  function showCard(next) {
    card = next;
    selected = new Set();
    fixEditor = null;
    cardEl.textContent = "";
    cardEl.dataset.item = card.id;
    cardEl.dataset.kind = card.kind;
    cardEl.append(el("p", { class: "card-meta" },
      el("span", { class: "kind", text: KIND_LABELS[card.kind] || card.kind }),
      el("span", { class: "topic", text: card.topic_title }),
      el("span", { class: "level", text: card.level }),
      el("span", { class: `state ${card.state}`, id: "card-state", text: card.state })));
    cardEl.append(el("div", { class: "question", html: card.question_html }));
    if (card.kind === "spot-the-bug") {
      cardEl.append(el("p", { class: "muted", text: `Fix ${card.entry} below; hidden cases check your version in the sandbox.` }));
      const host = el("div", { class: "editor", id: "fix-editor" });
      cardEl.append(host);
      fixEditor = PyPrepEditor.create(host, card.code, { minHeight: "160px" });
    } else if (card.code) {
      cardEl.append(codeBlock(card.code, "card-code"));
    }
    if (card.kind === "choice") cardEl.append(optionList());
    if (card.kind === "predict-output" || card.kind === "short-answer") {
      const label = card.kind === "predict-output" ? "Your prediction of the output" : "Your answer";
      cardEl.append(el("label", { for: "answer-text", class: "answer-label", text: label }));
      cardEl.append(el("textarea", { id: "answer-text", rows: card.kind === "predict-output" ? "4" : "6", spellcheck: "false",
        autocomplete: "off", placeholder: card.kind === "predict-output" ? "Type exactly what it prints; if it raises, end with the exception's type (e.g. KeyError)" : "Answer as you would in the interview" }));
    }
    const actions = el("div", { class: "card-actions" });
    const check = el("button", { type: "button", id: "check-button", class: "primary",
      text: card.kind === "short-answer" ? "Show the model answer" : card.kind === "spot-the-bug" ? "Run the hidden cases" : "Check" });
    check.addEventListener("click", () => card.kind === "short-answer" && phase === "answer" ? reveal() : submit());
    actions.append(check);
    cardEl.append(actions);
    phase = "answer";
    answerHints();
    shownAt = performance.now();
    focusAnswer();
  }

  function optionList() {
    const list = el("ol", { class: "options", id: "options" });
    card.options_html.forEach((html, i) => {
      const input = el("input", { type: card.multiple ? "checkbox" : "radio", name: "option", value: String(i), id: `option-${i}` });
      input.addEventListener("change", () => {
        if (!card.multiple) selected = new Set();
        if (input.checked) selected.add(i); else selected.delete(i);
        syncInputs("option");
      });
      list.append(el("li", {}, el("label", { for: `option-${i}` }, input, kbd(String(i + 1)), el("span", { html }))));
    });
    return el("div", {}, el("p", { class: "muted", text: card.multiple ? "Select every correct option." : "Select one option." }), list);
  }

  function syncInputs(name) {
    document.querySelectorAll(`input[name="${name}"]`).forEach(input => { input.checked = selected.has(Number(input.value)); });
  }

  function toggle(index, name, max, multiple) {
    if (index < 0 || index >= max) return;
    if (!multiple) selected = new Set([index]);
    else if (selected.has(index)) selected.delete(index);
    else selected.add(index);
    syncInputs(name);
  }

  function focusAnswer() {
    if (card.kind === "spot-the-bug") fixEditor.focus();
    else if (card.kind === "choice") cardEl.focus();
    else document.getElementById("answer-text").focus();
  }

  function answerHints() {
    switch (card.kind) {
      case "choice":
        setHints([[`1–${card.options_html.length}`], card.multiple ? "toggle an option" : "pick an option"], [["Enter"], "check"]);
        break;
      case "spot-the-bug":
        setHints([["Ctrl", "Enter"], "run the hidden cases against your fix"]);
        break;
      case "short-answer":
        setHints([["Ctrl", "Enter"], "show the model answer and key points"]);
        break;
      default:
        setHints([["Ctrl", "Enter"], "check"], [["Enter"], "new line"]);
    }
  }

  // --- Short answer: self-grading against the key points ---------------------------------------
  function reveal() {
    phase = "reveal";
    const box = el("section", { class: "model-answer", id: "model-answer" },
      el("h3", { text: "Model answer" }), el("div", { html: card.model_answer_html }),
      el("h3", { text: "Which key points did your answer cover?" }));
    const list = el("ol", { class: "options key-points", id: "key-points" });
    card.key_points_html.forEach((html, i) => {
      const input = el("input", { type: "checkbox", name: "point", value: String(i), id: `point-${i}` });
      input.addEventListener("change", () => { if (input.checked) selected.add(i); else selected.delete(i); });
      list.append(el("li", {}, el("label", { for: `point-${i}` }, input, kbd(String(i + 1)), el("span", { html }))));
    });
    box.append(list);
    document.getElementById("answer-text").readOnly = true;
    cardEl.querySelector(".card-actions").before(box);
    document.getElementById("check-button").textContent = "Grade my answer";
    setHints([[`1–${card.key_points_html.length}`], "toggle a key point you covered"], [["Enter"], "grade"]);
    cardEl.focus();
  }

  // --- Answering --------------------------------------------------------------------------------
  async function submit() {
    if (phase !== "answer" && phase !== "reveal") return;
    const body = { item: card.id, elapsed_ms: Math.round(performance.now() - shownAt) };
    if (topic) body.topic = topic;
    switch (card.kind) {
      case "predict-output": body.text = document.getElementById("answer-text").value; break;
      case "choice":
        if (selected.size === 0) { flash("Pick an option first (number keys)."); return; }
        body.selected = [...selected];
        break;
      case "short-answer":
        body.text = document.getElementById("answer-text").value;
        body.selected = [...selected];
        break;
      default: body.code = PyPrepEditor.getCode(fixEditor);
    }
    phase = "checking";
    const button = document.getElementById("check-button");
    button.disabled = true;
    showFeedback(el("p", { class: "muted", id: "checking",
      text: card.kind === "spot-the-bug" ? "Running your fix against the hidden cases in the sandbox…" : "Checking…" }));
    try {
      const result = await api("POST", "/api/review/answer", body);
      if (result.queue) showCounts(result.queue);
      showResult(result);
    } catch (error) {
      phase = card.kind === "short-answer" ? "reveal" : "answer";
      button.disabled = false;
      showFeedback(el("p", { class: "error-text", text: "Could not check the answer: " + error.message }));
    }
  }

  function flash(message) {
    showFeedback(el("p", { class: "note", text: message }));
  }

  function showFeedback(...nodes) {
    feedbackEl.textContent = "";
    feedbackEl.append(...nodes);
    feedbackEl.classList.remove("hidden");
  }

  function showResult(result) {
    phase = "feedback";
    cardEl.querySelectorAll("input, textarea").forEach(input => { input.disabled = true; });
    const nodes = [];
    const verdict = result.correct ? "Right." : result.kind === "short-answer" && result.score > 0 ? "Partly." : "Not quite.";
    nodes.push(el("p", { class: `verdict-line ${result.correct ? "right" : "wrong"}`, id: "verdict-line" },
      el("strong", { text: verdict }), " Rated ", el("span", { class: `rating ${result.rating}`, id: "rating", text: result.rating }),
      el("span", { id: "next-review", text: ` · next review ${result.next_review.text}` })));
    currentRating = result.rating;
    nodes.push(gradeBar());
    if (result.detail && !result.correct && result.kind !== "spot-the-bug") nodes.push(el("p", { class: "muted", text: result.detail }));

    switch (result.kind) {
      case "predict-output":
        nodes.push(el("h3", { text: "It prints" }), el("pre", { class: "output", id: "expected-output", text: result.expected || "(nothing)" }));
        if (!result.correct) nodes.push(el("h3", { text: "You said" }), el("pre", { class: "output given", text: result.given || "(nothing)" }));
        break;
      case "choice":
        document.querySelectorAll("#options li").forEach((li, i) => {
          const right = result.correct_options.includes(i);
          const picked = result.selected.includes(i);
          li.classList.add(right ? "correct" : picked ? "incorrect" : "other");
          const label = li.querySelector("label");
          if (right) label.append(el("span", { class: "mark", text: "✓ correct" }));
          else if (picked) label.append(el("span", { class: "mark", text: "✗ not this one" }));
        });
        break;
      case "short-answer":
        nodes.push(el("p", { text: `You covered ${result.covered.length} of ${result.key_points} key points.` }));
        break;
      default:
        if (result.run) {
          nodes.push(el("p", { id: "fix-result", text: `${result.run.passed} of ${result.run.total} hidden cases pass (${result.run.verdict.replaceAll("_", " ")})` +
            (result.run.first_failure && result.run.first_failure !== result.run.verdict ? `; first failure: ${result.run.first_failure}` : "") }));
          if (result.run.error) nodes.push(el("pre", { class: "error-text", text: result.run.error }));
        }
        nodes.push(el("h3", { text: "A fixed version" }), codeBlock(result.fixed, "fixed-code"));
    }
    nodes.push(el("h3", { text: "Why" }), el("div", { class: "explanation", id: "explanation", html: result.explanation_html }));
    const next = el("button", { type: "button", id: "next-button", class: "primary", text: "Next card" });
    next.addEventListener("click", loadNext);
    nodes.push(el("div", { class: "card-actions" }, next));
    showFeedback(...nodes);
    updateProgress(result.progress);
    setHints([["Enter"], "next card"], [["1–4"], "lower the grade (again, hard, good, easy) if you guessed"]);
    next.focus();
  }

  // --- Lowering the grade ----------------------------------------------------------------------
  function gradeBar() {
    const bar = el("p", { class: "grades", id: "grades" }, el("span", { class: "muted", text: "Grade " }));
    RATINGS.forEach((name, i) => {
      const button = el("button", { type: "button", class: `grade ${name}`, "data-rating": name }, kbd(String(i + 1)), " " + name);
      button.addEventListener("click", () => regrade(name));
      bar.append(button);
    });
    bar.append(el("span", { class: "muted", text: " — lower it if you guessed; it cannot go higher than the answer earned." }));
    syncGrades(bar);
    return bar;
  }

  function syncGrades(bar = document.getElementById("grades")) {
    if (!bar) return;
    const rank = RATINGS.indexOf(currentRating);
    bar.querySelectorAll("button.grade").forEach(button => {
      const mine = RATINGS.indexOf(button.dataset.rating);
      button.disabled = mine > rank;
      button.classList.toggle("current", mine === rank);
      button.setAttribute("aria-pressed", String(mine === rank));
    });
  }

  async function regrade(name) {
    if (phase !== "feedback" || regrading || name === currentRating) return;
    if (RATINGS.indexOf(name) > RATINGS.indexOf(currentRating)) return;
    regrading = true;
    try {
      const result = await api("POST", "/api/review/regrade", { item: card.id, rating: name });
      currentRating = result.rating;
      const rating = document.getElementById("rating");
      rating.textContent = result.rating;
      rating.className = `rating ${result.rating}`;
      document.getElementById("next-review").textContent = ` · next review ${result.next_review.text}`;
      syncGrades();
      updateProgress(result.progress);
    } catch (error) {
      feedbackEl.append(el("p", { class: "error-text", text: "Could not change the grade: " + error.message }));
    } finally {
      regrading = false;
    }
  }

  function updateProgress(rows) {
    for (const row of rows || []) {
      const tr = document.querySelector(`#topic-progress tr[data-topic="${CSS.escape(row.topic)}"]`);
      if (!tr) continue;
      tr.querySelector(".seen").textContent = `${row.seen}/${row.total}`;
      tr.querySelector(".learned").textContent = row.learned;
      tr.querySelector(".due").textContent = row.due;
      const percent = Math.round(row.average_recall * 100);
      tr.querySelector(".bar").title = `${percent}%`;
      tr.querySelector(".bar > div").style.width = `${percent}%`;
    }
  }

  // --- Keyboard ---------------------------------------------------------------------------------
  function inTextField(target) {
    return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === "text")
      || target instanceof HTMLSelectElement || !!target.closest?.(".cm-editor");
  }

  document.addEventListener("keydown", event => {
    const typing = inTextField(event.target);
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (phase === "answer" && card.kind === "short-answer") reveal();
      else if (phase === "answer" || phase === "reveal") submit();
      else if (phase === "feedback") loadNext();
      return;
    }
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[1-9]$/.test(event.key)) {
      const index = Number(event.key) - 1;
      if (phase === "feedback" && index < RATINGS.length) { event.preventDefault(); regrade(RATINGS[index]); }
      else if (phase === "answer" && card.kind === "choice") { event.preventDefault(); toggle(index, "option", card.options_html.length, card.multiple); }
      else if (phase === "reveal") { event.preventDefault(); toggle(index, "point", card.key_points_html.length, true); }
      return;
    }
    if (event.key === "Enter") {
      if (event.target instanceof HTMLButtonElement) return; // the button's own click handles it
      if (phase === "feedback") { event.preventDefault(); loadNext(); }
      else if ((phase === "answer" && card.kind === "choice") || phase === "reveal") { event.preventDefault(); submit(); }
      return;
    }
    if (event.key === "t" || event.key === "T") { event.preventDefault(); topicSelect.focus(); }
  });

  topicSelect.addEventListener("change", () => {
    topic = topicSelect.value;
    const url = new URL(window.location.href);
    if (topic) url.searchParams.set("topic", topic); else url.searchParams.delete("topic");
    history.replaceState(null, "", url);
    document.querySelectorAll("#topic-progress tr[data-topic]").forEach(tr => tr.classList.toggle("current", tr.dataset.topic === topic));
    loadNext();
  });

  loadNext();
})();
