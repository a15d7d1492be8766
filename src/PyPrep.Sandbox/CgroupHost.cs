using System.Globalization;

namespace PyPrep.Sandbox;

/// <summary>
/// The cgroup mechanism found at start and the <c>pyprep</c> folders that hold one cgroup per live
/// sandbox. Folders are named "pid-host-n" after the PyPrep process that made them, so a later
/// process can tell a crashed one's leftovers from another live process's sandboxes.
/// </summary>
internal sealed class CgroupHost
{
    private static int hosts;
    private readonly string prefix;
    private int created;

    internal CgroupHost(CgroupVersion version, string? memoryParent, string? pidsParent, string? cpuParent, string? reason)
    {
        Version = version;
        MemoryParent = memoryParent;
        PidsParent = pidsParent;
        CpuParent = cpuParent;
        Reason = reason;
        prefix = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Interlocked.Increment(ref hosts)}-");
        if (version != CgroupVersion.None) RemoveStale();
    }

    public static CgroupHost Unavailable(string reason) => new(CgroupVersion.None, null, null, null, reason);

    public CgroupVersion Version { get; }

    /// <summary>Why no cgroup is used; for v1, why v2 was not.</summary>
    public string? Reason { get; }

    public string? MemoryParent { get; }
    public string? PidsParent { get; }

    /// <summary>Null when v1 has no cpuacct hierarchy (v2's cpu.stat is always there).</summary>
    public string? CpuParent { get; }

    public string Describe() => Version switch
    {
        CgroupVersion.V2 => $"cgroup v2 under {MemoryParent} (memory.max, pids.max, cpu.stat, cgroup.kill)",
        CgroupVersion.V1 => $"cgroup v1: memory under {MemoryParent}, pids under {PidsParent}, " +
                            (CpuParent is null ? "no cpuacct hierarchy (children's CPU is not totalled)" : $"cpuacct under {CpuParent}") +
                            (Reason is null ? "" : $"; cgroup v2 not used: {Reason}"),
        _ => $"none: {Reason}",
    };

    /// <summary>A cgroup for one sandbox with its limits written, or null when there is no mechanism.</summary>
    public SlotCgroup? CreateSlot(long memoryBytes, int maxProcesses)
    {
        if (Version == CgroupVersion.None) return null;
        // The parent may have been removed by a pool that shut down in this or another process.
        if (Version == CgroupVersion.V2 && !Directory.Exists(MemoryParent)) PrepareV2Parent(MemoryParent!);
        var name = prefix + Interlocked.Increment(ref created).ToString(CultureInfo.InvariantCulture);
        return SlotCgroup.Create(Version, MemoryParent!, PidsParent!, CpuParent, name, memoryBytes, maxProcesses);
    }

    /// <summary>
    /// Removes this host's sandbox cgroups still present (slots disposed in the background may
    /// not have finished), then the parent folders if nothing else uses them, so a folder in our
    /// own cgroup never blocks its removal after we exit.
    /// </summary>
    public async Task ShutdownAsync()
    {
        if (Version == CgroupVersion.None) return;
        var removals = new List<Task>();
        var parents = new[] { MemoryParent, PidsParent, CpuParent }.OfType<string>().Distinct().ToList();
        foreach (var name in parents.SelectMany(Children).Distinct().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
            removals.Add(SlotCgroup.Attach(Version, MemoryParent!, PidsParent!, CpuParent, name).RemoveAsync());
        await Task.WhenAll(removals);
        foreach (var parent in parents)
        {
            try { Directory.Delete(parent); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    internal static void PrepareV2Parent(string parent)
    {
        Directory.CreateDirectory(parent);
        File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), "+memory +pids");
    }

    /// <summary>
    /// Removes empty sandbox cgroups left by a PyPrep process that is gone (a crash skips the
    /// clean-up). Only empty ones: the kernel refuses to remove a cgroup that holds processes, and
    /// a folder whose owner still runs is left alone, as it may be about to be joined.
    /// </summary>
    private void RemoveStale()
    {
        foreach (var parent in new[] { MemoryParent, PidsParent, CpuParent }.Distinct())
        {
            if (parent is null) continue;
            foreach (var name in Children(parent))
            {
                var owner = name.Split('-')[0];
                if (!int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || Directory.Exists($"/proc/{pid}")) continue;
                try { Directory.Delete(Path.Combine(parent, name)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
    }

    private static IEnumerable<string> Children(string parent)
    {
        try { return Directory.GetDirectories(parent).Select(d => Path.GetFileName(d)).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }
}
