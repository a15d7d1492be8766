namespace PyPrep.Core.Running;

/// <summary>What came back from one sandboxed run.</summary>
public sealed record RunOutcome
{
    public required IReadOnlyList<HarnessRecord> Records { get; init; }
    /// <summary>The candidate's raw output (fd 1 and 2), capped.</summary>
    public string Output { get; init; } = "";
    public required Termination Termination { get; init; }
    public int ExitCode { get; init; }
    public double ElapsedMs { get; init; }
    /// <summary>CPU time of the whole sandboxed process tree, when the host could measure it.</summary>
    public double? CpuMs { get; init; }

    public HarnessRecord? Find(string type) => Records.FirstOrDefault(r => r.Type == type);
}
