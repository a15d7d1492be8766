using System.Text.Json.Nodes;
using PyPrep.Core.Content;

namespace PyPrep.Core.Running;

/// <summary>A harness job (docs/harness-protocol.md) and the limits it runs under.</summary>
public sealed record RunRequest(JsonObject Job, ResourceLimits Limits)
{
    /// <summary>
    /// Work nobody is waiting on (a complexity measurement after the verdict): the interpreter runs
    /// at the lowest CPU priority, so it only takes cores that grading leaves idle.
    /// </summary>
    public bool Background { get; init; }

    /// <summary>
    /// Whether the outcome must carry the candidate's raw output and the exit code: after "done"
    /// the sandbox then gets up to 20 ms to exit, so that output still in flight and the exit code
    /// come with the outcome. A job that runs no candidate code (<c>ast</c>) has neither to wait for.
    /// </summary>
    public bool WaitForExit { get; init; } = true;

    /// <summary>
    /// Called with each record as it arrives, in order, on the runner's reading thread, so that work
    /// on early records overlaps the sandbox producing later ones; it must not throw or block for
    /// long. The outcome still lists every record. A runner may not call it (canned runners in
    /// tests) or stop calling it at the end of the run: callers read the rest from the outcome.
    /// </summary>
    public Action<HarnessRecord>? OnRecord { get; init; }

    /// <summary>
    /// Lines the runner reads from the results channel in one run (records, and lines it cannot read
    /// as records); past it the run is killed and ends as <see cref="Termination.OutputLimit"/>. Each
    /// record is parsed and kept on the host, so the byte cap alone (64 MB of 10-byte records) would
    /// let a submission make the host hold millions of objects.
    /// </summary>
    public int MaxRecords { get; init; } = DefaultMaxRecords;

    /// <summary>
    /// Ample for every job but a large batch of syntax trees (which sets its own): a time job sends
    /// about ten records per size, a script one.
    /// </summary>
    public const int DefaultMaxRecords = 10_000;

    /// <summary>
    /// Makes a fresh check of the record order for each run of the request, when the job's records
    /// have one the host can hold the harness to (a grading job's: <c>Grading.GradingRecordOrder</c>).
    /// With it the runner also keeps lines it cannot read as records, as <see cref="HarnessRecord.Unreadable"/>.
    /// </summary>
    public Func<IRecordOrder>? Order { get; init; }
}
