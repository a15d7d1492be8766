using PyPrep.Core.Content;

namespace PyPrep.Sandbox;

/// <summary>The limits fixed when a sandbox process starts; warm slots are pooled per profile.</summary>
public sealed record LaunchProfile(int CpuSeconds, int MemoryMb)
{
    public static LaunchProfile From(ResourceLimits limits) =>
        new((int)Math.Ceiling(limits.CpuSeconds), limits.MemoryMb);
}
