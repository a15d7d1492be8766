namespace PyPrep.Sandbox;

/// <summary>Where harness.py and start.py live: shipped next to this assembly, bound read-only into every sandbox.</summary>
internal static class HarnessFiles
{
    public static string Directory(SandboxOptions options)
    {
        var directory = options.HarnessDirectory ?? Path.Combine(AppContext.BaseDirectory, "python");
        foreach (var file in new[] { "harness.py", "start.py" })
        {
            if (!File.Exists(Path.Combine(directory, file)))
                throw new Core.Running.SandboxUnavailableException($"{file} not found in {directory}; rebuild PyPrep");
        }
        return directory;
    }
}
