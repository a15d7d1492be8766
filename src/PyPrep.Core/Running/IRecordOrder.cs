namespace PyPrep.Core.Running;

/// <summary>
/// The order in which a job's records can come from the harness (docs/harness-protocol.md),
/// checked record by record as they arrive. The candidate's code runs in the harness's process and
/// can write to the results channel, so a record the harness would not send at that point means
/// the submission wrote it: the runner keeps that record as the last one, stops reading and kills
/// the sandbox, and the caller decides what the run is still trusted for.
/// </summary>
public interface IRecordOrder
{
    /// <summary>
    /// Whether the harness could have sent <paramref name="record"/> next. False once, for the first
    /// record out of order; the runner offers no more after that.
    /// </summary>
    bool Accept(HarnessRecord record);
}
