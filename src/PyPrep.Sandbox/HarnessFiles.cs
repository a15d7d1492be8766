namespace PyPrep.Sandbox;

/// <summary>Where harness.py lives: shipped next to this assembly, bound read-only into every sandbox.</summary>
internal static class HarnessFiles
{
    public static string Directory(SandboxOptions options)
    {
        var directory = options.HarnessDirectory ?? Path.Combine(AppContext.BaseDirectory, "python");
        if (!File.Exists(Path.Combine(directory, "harness.py")))
            throw new Core.Running.SandboxUnavailableException($"harness.py not found in {directory}; rebuild PyPrep");
        return directory;
    }
}
