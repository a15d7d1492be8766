namespace PyPrep.Core.Content;

/// <summary>
/// What one grading run may use. The per-case limit is enforced inside the harness so one slow case
/// does not sink the others; the CPU, wall, memory and output limits are enforced from outside.
/// </summary>
public sealed record ResourceLimits
{
    public double CaseSeconds { get; init; } = 2;
    public double CpuSeconds { get; init; } = 10;
    public double WallSeconds { get; init; } = 20;
    public int MemoryMb { get; init; } = 1024;
    public int OutputKb { get; init; } = 64;

    public static readonly ResourceLimits Default = new();
}
