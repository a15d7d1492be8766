using PyPrep.Core.Running;

namespace PyPrep.Sandbox;

/// <summary>
/// Checks at start that the sandbox can run here, with an actionable message when it cannot:
/// bubblewrap, a Python that runs and is 3.10 or newer, and the util-linux tools. Whether bubblewrap
/// may create namespaces shows only when a sandbox starts: the first slot reports that, with what
/// bubblewrap printed.
/// </summary>
public static class SandboxPreflight
{
    public static void Check(SandboxOptions options)
    {
        if (!OperatingSystem.IsLinux())
            throw new SandboxUnavailableException("the sandbox needs Linux (bubblewrap and namespaces)");
        if (!File.Exists(options.BwrapPath))
            throw new SandboxUnavailableException($"bubblewrap is not installed ({options.BwrapPath} missing): run `sudo apt-get install bubblewrap`");
        if (!File.Exists(options.PythonPath))
            throw new SandboxUnavailableException($"no Python at {options.PythonPath}: run `sudo apt-get install python3` (a system Python the sandbox user can read)");
        if (PythonVersionCheck.Problem(options.PythonPath) is { } python)
            throw new SandboxUnavailableException(python);
        foreach (var tool in new[] { "/usr/bin/prlimit", "/usr/bin/setpriv" })
        {
            if (!File.Exists(tool)) throw new SandboxUnavailableException($"{tool} is missing: run `sudo apt-get install util-linux`");
        }
        HarnessFiles.Directory(options);
    }
}
