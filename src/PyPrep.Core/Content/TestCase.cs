using PyPrep.Core.Values;

namespace PyPrep.Core.Content;

/// <summary>
/// One call and the value it must yield. <see cref="Id"/> is stable across edits of the bank so
/// reports and history can refer to it.
/// </summary>
public sealed record TestCase(string Id, bool Hidden, IReadOnlyList<PyValue> Args, PyValue Expected, string? Snippet = null);
