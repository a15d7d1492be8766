namespace PyPrep.Sandbox;

/// <summary>Which cgroup interface limits each sandbox, if any.</summary>
internal enum CgroupVersion
{
    /// <summary>No cgroup: rlimits, per-slot uids and namespaces only.</summary>
    None,
    /// <summary>Legacy hierarchies: memory, pids and (when mounted) cpuacct, one folder in each.</summary>
    V1,
    /// <summary>The unified hierarchy: one folder with memory, pids and cpu.stat.</summary>
    V2,
}
