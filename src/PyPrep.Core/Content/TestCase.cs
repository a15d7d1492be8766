using PyPrep.Core.Values;

namespace PyPrep.Core.Content;

/// <summary>
/// One call and the value it must yield. <see cref="Id"/> is stable across edits of the bank so
/// reports and history can refer to it. <see cref="Description"/> replaces the arguments in reports
/// when they must not be shown (a testing challenge's implementations); <see cref="Fault"/> names what
/// is wrong with a testing challenge's faulty implementation (null for the correct one).
/// </summary>
public sealed record TestCase(string Id, bool Hidden, IReadOnlyList<PyValue> Args, PyValue Expected, string? Snippet = null,
    string? Description = null, string? Fault = null)
{
    /// <summary>What a report shows as the input of a visible case.</summary>
    public string InputText => Description ?? Snippet ?? string.Join(", ", Args.Select(a => a.ToPython()));
}
