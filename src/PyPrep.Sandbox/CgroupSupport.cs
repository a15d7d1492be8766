using Microsoft.Extensions.Logging;

namespace PyPrep.Sandbox;

/// <summary>
/// Reports whether cgroup v2 limits (memory.max, pids.max, cpu.stat) could back the rlimits here.
/// Sandboxes are limited by rlimits, per-slot uids and namespaces in any case; cgroup v2 needs a
/// unified hierarchy with the memory and pids controllers delegated to us, which many hosts
/// (hybrid v1/v2 mounts, containers) do not give. The reason is logged so an operator knows.
/// </summary>
internal static class CgroupSupport
{
    private const string Root = "/sys/fs/cgroup";

    public static string? Unavailable()
    {
        var controllersFile = Path.Combine(Root, "cgroup.controllers");
        if (!File.Exists(controllersFile))
            return File.Exists(Path.Combine(Root, "unified", "cgroup.controllers"))
                ? "the host mounts a hybrid cgroup v1/v2 hierarchy; memory and pids controllers are bound to v1"
                : "no cgroup v2 hierarchy mounted at /sys/fs/cgroup";
        var controllers = File.ReadAllText(controllersFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var missing = new[] { "memory", "pids", "cpu" }.Where(c => !controllers.Contains(c)).ToList();
        return missing.Count > 0 ? $"cgroup v2 controllers not delegated: {string.Join(", ", missing)}" : null;
    }

    public static void LogAvailability(ILogger logger)
    {
        var reason = Unavailable();
        if (reason is null)
            logger.LogInformation("cgroup v2 memory/pids/cpu controllers are available");
        else
            logger.LogWarning("cgroup v2 limits not used ({Reason}); relying on rlimits (CPU, address space, processes, file size), per-slot uids and namespaces", reason);
    }
}
