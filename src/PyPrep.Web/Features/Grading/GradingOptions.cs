namespace PyPrep.Web.Features.Grading;

/// <summary>How grading is scheduled. Bound from "Grading" and validated at start.</summary>
public sealed record GradingOptions
{
    public const string Section = "Grading";

    /// <summary>
    /// Submissions graded at once. A grading mostly waits on its sandbox process, so two per core
    /// keeps the cores busy without letting interpreters fight for them.
    /// </summary>
    public int Workers { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);
    /// <summary>Submissions allowed to wait for a worker; past that the API answers 503 and the page says so.</summary>
    public int MaxQueued { get; init; } = 2000;
    /// <summary>How long <c>?wait=true</c> holds the request before answering 202 with the current status.</summary>
    public int WaitSeconds { get; init; } = 30;
    /// <summary>Warm sandboxes per limit profile when the "Sandbox" section does not say; a fresh one takes ~100 ms to start.</summary>
    public int WarmSlots { get; init; } = Math.Max(4, Environment.ProcessorCount * 4);
}
