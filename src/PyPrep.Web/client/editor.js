// The editor of the challenge page: CodeMirror 6 with Python highlighting, bundled locally
// (no CDN). Style findings become diagnostics, drawn as markers in the gutter. highlight() colours
// read-only code with the same parser.
import { EditorView, basicSetup } from "codemirror";
import { python, pythonLanguage } from "@codemirror/lang-python";
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { lintGutter, setDiagnostics } from "@codemirror/lint";

export function create(parent, doc, options = {}) {
  const extensions = [
    basicSetup,
    keymap.of([indentWithTab]),
    python(),
    lintGutter(),
    EditorView.theme({ "&": { fontSize: "14px" }, ".cm-scroller": { fontFamily: "ui-monospace, monospace" } }),
  ];
  if (options.onChange) {
    extensions.push(EditorView.updateListener.of(update => { if (update.docChanged) options.onChange(); }));
  }
  if (options.minHeight) {
    extensions.push(EditorView.theme({ ".cm-content, .cm-gutter": { minHeight: options.minHeight } }));
  }
  return new EditorView({ doc, parent, extensions });
}

export function getCode(view) {
  return view.state.doc.toString();
}

export function setCode(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

// findings: [{ rule, line, column, message, suggestion }] from the result's style[].
export function showFindings(view, findings) {
  const doc = view.state.doc;
  const diagnostics = (findings || []).filter(f => f.line >= 1 && f.line <= doc.lines).map(f => {
    const line = doc.line(f.line);
    const from = Math.min(line.from + Math.max((f.column || 1) - 1, 0), line.to);
    const message = `${f.rule}: ${f.message}` + (f.suggestion ? `\nPythonic: ${f.suggestion}` : "");
    return { from, to: line.to, severity: "warning", message, source: "style" };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

// Read-only code (review cards, explanations): the same Python parser and a class-based
// highlighter, so a page can colour code without creating an editor. Text goes in as text
// nodes, never as HTML.
export function highlight(element, code) {
  element.textContent = "";
  const tree = pythonLanguage.parser.parse(code);
  highlightCode(code, tree, classHighlighter, (text, classes) => {
    if (!classes) { element.append(document.createTextNode(text)); return; }
    const span = document.createElement("span");
    span.className = classes;
    span.textContent = text;
    element.append(span);
  }, () => element.append(document.createTextNode("\n")));
}
