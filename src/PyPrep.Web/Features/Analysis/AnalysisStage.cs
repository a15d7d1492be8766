namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// Where a pending analysis is, as this server's worker sees it: waiting behind other analyses
/// (<c>queued</c>), held back because submissions are being graded (<c>deferred</c>: verdicts
/// come first), or being measured (<c>running</c>). <see cref="Position"/> counts from 1 (next); null for the one the worker holds.
/// </summary>
public sealed record AnalysisStage(string Name, long? Position)
{
    public const string Queued = "queued";
    public const string Deferred = "deferred";
    public const string Running = "running";
}
