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
        if (Environment.IsPrivilegedProcess) CheckOthersCanRead(directory);
        return directory;
    }

    /// <summary>
    /// As root, each sandbox runs under an unprivileged uid of its own, which reaches the harness
    /// only as "others". A checkout under a private folder (mktemp -d makes 0700 ones) would
    /// otherwise fail every start with bubblewrap's bare "Permission denied".
    /// </summary>
    private static void CheckOthersCanRead(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
                throw new Core.Running.SandboxUnavailableException(
                    $"the sandbox users cannot reach {directory}: {dir.FullName} is closed to other users. " +
                    $"Run `chmod o+rx {dir.FullName}` or put PyPrep in a folder others can read.");
        }
    }
}
