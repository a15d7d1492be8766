using System.Globalization;

namespace PyPrep.Sandbox;

/// <summary>
/// Reads, from outside, the CPU time a sandboxed interpreter has used: the scheduler's own
/// nanosecond count (<c>/proc/PID/task/*/schedstat</c>), summed over its threads. Unlike the host's
/// wall clock it does not grow while other processes hold the CPU, so timings survive a busy
/// machine; unlike the harness's clock the candidate cannot touch it.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>The Python process under the sandbox's launcher (prlimit → bwrap → bwrap → python), if found.</summary>
    public static int? FindInterpreter(int launcherPid)
    {
        var queue = new Queue<int>([launcherPid]);
        for (var visited = 0; queue.Count > 0 && visited < 64; visited++)
        {
            var pid = queue.Dequeue();
            if (pid != launcherPid && Read($"/proc/{pid}/comm") is { } comm && comm.StartsWith("python", StringComparison.Ordinal)) return pid;
            var children = Read($"/proc/{pid}/task/{pid}/children");
            if (children is null) continue;
            foreach (var part in children.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var child)) queue.Enqueue(child);
            }
        }
        return null;
    }

    /// <summary>CPU milliseconds the process's threads have run, or null once it is gone.</summary>
    public static double? Milliseconds(int pid)
    {
        try
        {
            long total = 0;
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var text = Read(Path.Combine(task, "schedstat"));
                var first = text?.Split(' ', 2)[0];
                if (long.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ns)) total += ns;
            }
            return total / 1e6;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Read(string path)
    {
        try { return File.ReadAllText(path).Trim(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
