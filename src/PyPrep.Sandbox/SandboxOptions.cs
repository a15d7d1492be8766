namespace PyPrep.Sandbox;

/// <summary>How sandboxes are started. Bound from the "Sandbox" configuration section.</summary>
public sealed record SandboxOptions
{
    /// <summary>A system Python every sandbox uid can read; started by absolute path with -I -S -B.</summary>
    public string PythonPath { get; init; } = "/usr/bin/python3";
    public string BwrapPath { get; init; } = "/usr/bin/bwrap";
    /// <summary>Warm sandboxes kept ready per limit profile.</summary>
    public int WarmSlots { get; init; } = Math.Clamp(Environment.ProcessorCount, 2, 8);
    /// <summary>First of the unprivileged uids slots run as when PyPrep runs as root (one uid per live slot).</summary>
    public int FirstUid { get; init; } = 64000;
    public int UidCount { get; init; } = 256;
    public int TmpfsMb { get; init; } = 64;
    public int MaxProcesses { get; init; } = 64;
    public int MaxFileMb { get; init; } = 16;
    /// <summary>Cap on the results channel; a run that sends more is stopped for output.</summary>
    public int ResultsMb { get; init; } = 64;
    /// <summary>Extra read-only folders on the sandbox's Python path (Debian's dist-packages for numpy and pandas).</summary>
    public IReadOnlyList<string> ExtraPythonPaths { get; init; } = ["/usr/lib/python3/dist-packages"];
    /// <summary>Refuse tracing, keyrings, BPF, io_uring, namespace and mount calls with a seccomp filter (x86_64).</summary>
    public bool Seccomp { get; init; } = true;
    /// <summary>Folder holding harness.py; defaults to the one shipped next to the assembly.</summary>
    public string? HarnessDirectory { get; init; }
}
