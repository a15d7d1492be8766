namespace PyPrep.Sandbox.Tests.Support;

/// <summary>Looks for processes on the host: by a marker in their command line, or by what /proc says of them.</summary>
internal static class HostProcesses
{
    public static int CountWithMarker(string marker) =>
        Processes().Count(dir => Read(dir, "cmdline")?.Replace('\0', ' ').Contains(marker, StringComparison.Ordinal) == true);

    /// <summary>Sandboxed interpreters (running the harness's start.py) with more than <paramref name="threads"/> threads.</summary>
    public static int CountInterpretersWithThreads(int threads) => Processes().Count(dir =>
        Read(dir, "cmdline")?.Contains("/sandbox/start.py", StringComparison.Ordinal) == true &&
        Read(dir, "status")?.Split('\n').FirstOrDefault(l => l.StartsWith("Threads:", StringComparison.Ordinal)) is { } line &&
        int.TryParse(line["Threads:".Length..].Trim(), out var count) && count > threads);

    /// <summary>Processes of a user that still run (a zombie waiting for its parent or init to reap it runs nothing).</summary>
    public static int CountRunningAs(int uid) => Processes().Count(dir =>
        Read(dir, "status") is { } status &&
        Field(status, "Uid:") == uid.ToString(System.Globalization.CultureInfo.InvariantCulture) &&
        Field(status, "State:") != "Z");

    /// <summary>Waits (bounded) for the background reaping of used sandboxes, then counts.</summary>
    public static Task<int> CountAfterReapingAsync(string marker) => CountAfterReapingAsync(() => CountWithMarker(marker));

    public static async Task<int> CountAfterReapingAsync(Func<int> count)
    {
        for (var i = 0; i < 50; i++)
        {
            if (count() == 0) return 0;
            await Task.Delay(100);
        }
        return count();
    }

    /// <summary>The first word after a /proc/PID/status label: the real uid for "Uid:", the state letter for "State:".</summary>
    private static string? Field(string status, string label) =>
        status.Split('\n').FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..]
            .Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    private static IEnumerable<string> Processes() =>
        Directory.EnumerateDirectories("/proc").Where(dir => int.TryParse(Path.GetFileName(dir), out _));

    private static string? Read(string dir, string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(dir, file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // gone already, or not ours to read
        }
    }
}
