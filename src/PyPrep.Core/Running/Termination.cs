namespace PyPrep.Core.Running;

/// <summary>How the sandboxed process ended, as the host saw it.</summary>
public enum Termination
{
    /// <summary>Exited by itself.</summary>
    Exited,
    /// <summary>Killed at the CPU time limit.</summary>
    CpuLimit,
    /// <summary>Killed at the wall-clock limit.</summary>
    WallLimit,
    /// <summary>Ran out of memory.</summary>
    MemoryLimit,
    /// <summary>Killed for writing more output than allowed.</summary>
    OutputLimit,
    /// <summary>Died of a signal the host did not send (a crash).</summary>
    Crashed,
}
