using System.Text.Json;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading;

/// <summary>
/// The order of a grading job's records (docs/harness-protocol.md, "The host's check"): at most one
/// <c>ast</c>, then <c>missing_library</c>, <c>syntax_error</c> or <c>load_error</c> followed by
/// <c>done</c>, or <c>loaded</c> followed by one <c>case</c> record for each case, numbered from 0
/// in order, then <c>done</c>. The harness sends nothing else, so the first record out of that
/// order (a duplicate, a case out of turn, an unknown type, a load verdict after the module loaded,
/// anything after <c>done</c>) was written by the submission, and the run is not trusted from there.
/// </summary>
public sealed class GradingRecordOrder(int cases) : IRecordOrder
{
    private enum Stage { Start, Loading, Cases, Ending, Done }

    private Stage stage;
    private string? ending;

    /// <summary>
    /// The records a grading job of <paramref name="cases"/> cases can send (<c>ast</c>,
    /// <c>loaded</c>, the cases, <c>done</c>): the cap on what the host reads from its run.
    /// </summary>
    public static int MaxRecords(int cases) => cases + 3;

    /// <summary>Index of the case whose record is due: the cases before it were answered in order.</summary>
    public int NextCase { get; private set; }

    /// <summary>What the first record out of order was, once one came.</summary>
    public string? Violation { get; private set; }

    public bool Accept(HarnessRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Violation is not null) return false;
        if (Next(record) is { } next)
        {
            if (stage == Stage.Cases && next == Stage.Cases) NextCase++;
            if (next == Stage.Ending) ending = record.Type;
            stage = next;
            return true;
        }
        Violation = Describe(record);
        return false;
    }

    /// <summary>How many of <paramref name="records"/>, from the first, come in order (all of them when none is out of order).</summary>
    public int CountInOrder(IReadOnlyList<HarnessRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var count = 0;
        while (count < records.Count && Accept(records[count])) count++;
        return count;
    }

    private Stage? Next(HarnessRecord record) => (stage, record.Type) switch
    {
        // A tree nested deeper than the host parses arrives as a line it cannot read.
        (Stage.Start, "ast" or HarnessRecord.Unreadable) => Stage.Loading,
        (Stage.Start or Stage.Loading, "missing_library" or "syntax_error" or "load_error") => Stage.Ending,
        (Stage.Start or Stage.Loading, "loaded") => Stage.Cases,
        // So does an answer nested too deeply: it fails its own case, in its turn.
        (Stage.Cases, HarnessRecord.Unreadable) when NextCase < cases => Stage.Cases,
        (Stage.Cases, "case") when NextCase < cases && IndexOf(record) == NextCase => Stage.Cases,
        (Stage.Cases, "done") when NextCase == cases => Stage.Done,
        (Stage.Ending, "done") => Stage.Done,
        _ => null,
    };

    private static int? IndexOf(HarnessRecord record) =>
        record.Body.ValueKind == JsonValueKind.Object && record.Body.TryGetProperty("i", out var i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var index)
            ? index
            : null;

    private string Describe(HarnessRecord record)
    {
        var what = record.Type switch
        {
            HarnessRecord.Unreadable => "a line that is not a record",
            "case" => IndexOf(record) is { } index ? $"a record for case {index + 1}" : "a case record without a case number",
            var type => $"a '{type}' record",
        };
        var when = stage switch
        {
            Stage.Start or Stage.Loading => "before the module had loaded",
            Stage.Cases when NextCase < cases => $"when case {NextCase + 1}'s was due",
            Stage.Cases => "after the last case",
            Stage.Ending => $"after '{ending}'",
            _ => "after the run had ended",
        };
        return $"{what} {when}";
    }
}
