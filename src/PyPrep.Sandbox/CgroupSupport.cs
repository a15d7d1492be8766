using Microsoft.Extensions.Logging;

namespace PyPrep.Sandbox;

/// <summary>
/// Finds how each sandbox can get a cgroup of its own, under this process's own cgroup (never the
/// hierarchy's root, which another service may own): cgroup v2 when our v2 cgroup has the memory
/// and pids controllers and can pass them to children, else the v1 memory and pids hierarchies
/// (plus cpuacct when mounted) when we may create folders there, else none, with the reason. A
/// hybrid host (v1 controllers, a v2 mount at /sys/fs/cgroup/unified without them) takes the v1 path.
/// </summary>
internal static class CgroupSupport
{
    /// <summary>The folder, in our own cgroup, that holds one folder per live sandbox.</summary>
    public const string ParentName = "pyprep";

    public static CgroupHost Detect(string cgroupFile = "/proc/self/cgroup", string mountInfoFile = "/proc/self/mountinfo")
    {
        string membershipText, mountText;
        try
        {
            membershipText = File.ReadAllText(cgroupFile);
            mountText = File.ReadAllText(mountInfoFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CgroupHost.Unavailable($"cannot read this process's cgroups ({e.Message})");
        }
        var membership = ParseMembership(membershipText);
        var mounts = ParseMounts(mountText);
        var v2Reason = TryV2(membership, mounts, out var v2);
        if (v2 is not null) return v2;
        var v1Reason = TryV1(membership, mounts, v2Reason, out var v1);
        return v1 ?? CgroupHost.Unavailable($"cgroup v2: {v2Reason}; cgroup v1: {v1Reason}");
    }

    public static void Log(ILogger logger, CgroupHost host)
    {
        if (host.Version == CgroupVersion.None)
            logger.LogWarning("sandbox cgroups not used ({Reason}); each sandbox is limited by rlimits (CPU, address space, processes, file size) per process, per-slot uids and namespaces", host.Reason);
        else
            logger.LogInformation("sandbox cgroups: {Description}", host.Describe());
    }

    private static string? TryV2(Dictionary<string, string> membership, List<Mount> mounts, out CgroupHost? host)
    {
        host = null;
        var mount = mounts.FirstOrDefault(m => m.FsType == "cgroup2");
        if (mount is null) return "no cgroup2 hierarchy is mounted";
        if (!membership.TryGetValue("", out var path)) return "this process has no cgroup v2 membership";
        var own = mount.Folder(path);
        if (own is null) return $"our cgroup {path} is outside the mounted hierarchy {mount.Point}";
        var controllers = Words(Path.Combine(own, "cgroup.controllers"));
        var missing = new[] { "memory", "pids" }.Where(c => !controllers.Contains(c)).ToList();
        if (missing.Count > 0)
            return $"our cgroup {own} is not given the {string.Join(" and ", missing)} controller{(missing.Count > 1 ? "s" : "")} " +
                   $"(it has: {(controllers.Count == 0 ? "none" : string.Join(", ", controllers))})";
        try
        {
            // Children get a controller only when their parent's subtree_control enables it; the
            // kernel refuses that for a non-root cgroup that holds processes (ours holds this one).
            if (!Words(Path.Combine(own, "cgroup.subtree_control")).IsSupersetOf(["memory", "pids"]))
                File.WriteAllText(Path.Combine(own, "cgroup.subtree_control"), "+memory +pids");
            var parent = Path.Combine(own, ParentName);
            CgroupHost.PrepareV2Parent(parent);
            host = new CgroupHost(CgroupVersion.V2, parent, parent, parent, null);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"our cgroup {own} cannot pass memory and pids on to a child cgroup ({e.Message}); " +
                   "PyPrep needs a cgroup whose cgroup.subtree_control already enables them";
        }
    }

    private static string? TryV1(Dictionary<string, string> membership, List<Mount> mounts, string? v2Reason, out CgroupHost? host)
    {
        host = null;
        string? Parent(string controller, out string? reason)
        {
            reason = null;
            var mount = mounts.FirstOrDefault(m => m.FsType == "cgroup" && m.Options.Contains(controller));
            if (mount is null) { reason = $"no {controller} hierarchy is mounted"; return null; }
            var path = membership.FirstOrDefault(p => p.Key.Split(',').Contains(controller)).Value;
            var own = path is null ? null : mount.Folder(path);
            if (own is null) { reason = $"our {controller} cgroup is outside the mounted hierarchy {mount.Point}"; return null; }
            var parent = Path.Combine(own, ParentName);
            try
            {
                Directory.CreateDirectory(parent);
                // The folder may be another user's (root's PyPrep made it, and an ordinary user runs
                // this one): finding it is not being allowed to make cgroups in it, so make one.
                // Named like a slot, so a crash between the two calls leaves what RemoveStale removes.
                var probe = Path.Combine(parent, $"{Environment.ProcessId}-probe");
                Directory.CreateDirectory(probe);
                Directory.Delete(probe);
                return parent;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reason = $"cannot create cgroups in {parent} ({e.Message})";
                return null;
            }
        }
        var memory = Parent("memory", out var memoryReason);
        if (memory is null) return memoryReason;
        var pids = Parent("pids", out var pidsReason);
        if (pids is null) return pidsReason;
        // Without cpuacct the host still has the rlimits and per-process readings; it just cannot total the children's CPU.
        var cpu = Parent("cpuacct", out _);
        host = new CgroupHost(CgroupVersion.V1, memory, pids, cpu, v2Reason);
        return null;
    }

    /// <summary>/proc/self/cgroup: "id:controllers:path" per hierarchy; v2's line has no controllers ("0::/path").</summary>
    private static Dictionary<string, string> ParseMembership(string text)
    {
        var result = new Dictionary<string, string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(':', 3);
            if (parts.Length == 3) result.TryAdd(parts[1], parts[2]);
        }
        return result;
    }

    /// <summary>/proc/self/mountinfo (proc(5)): root, mount point, ..., "-", type, source, super options.</summary>
    private static List<Mount> ParseMounts(string text)
    {
        var result = new List<Mount>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            var dash = Array.IndexOf(fields, "-");
            if (dash < 5 || fields.Length < dash + 4) continue;
            var type = fields[dash + 1];
            if (type is not ("cgroup" or "cgroup2")) continue;
            result.Add(new Mount(fields[3], fields[4], type, fields[dash + 3].Split(',')));
        }
        return result;
    }

    private static HashSet<string> Words(string file)
    {
        try { return [.. File.ReadAllText(file).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)]; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    private sealed record Mount(string Root, string Point, string FsType, string[] Options)
    {
        /// <summary>Where a cgroup path (as /proc/self/cgroup names it) is under this mount, if it is.</summary>
        public string? Folder(string path)
        {
            var relative = Root == "/" ? path : path == Root || path.StartsWith(Root + "/", StringComparison.Ordinal) ? path[Root.Length..] : null;
            return relative is null ? null : Path.Join(Point, relative.TrimStart('/')).TrimEnd('/');
        }
    }
}
