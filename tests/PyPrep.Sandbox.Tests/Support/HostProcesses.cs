namespace PyPrep.Sandbox.Tests.Support;

/// <summary>Looks for processes on the host by a marker in their command line.</summary>
internal static class HostProcesses
{
    public static int CountWithMarker(string marker)
    {
        var count = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmdline.Contains(marker, StringComparison.Ordinal)) count++;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return count;
    }

    /// <summary>Waits (bounded) for the background reaping of used sandboxes, then counts.</summary>
    public static async Task<int> CountAfterReapingAsync(string marker)
    {
        for (var i = 0; i < 50; i++)
        {
            if (CountWithMarker(marker) == 0) return 0;
            await Task.Delay(100);
        }
        return CountWithMarker(marker);
    }
}
