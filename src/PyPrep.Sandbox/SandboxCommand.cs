using System.Globalization;

namespace PyPrep.Sandbox;

/// <summary>
/// The command line of one sandbox (DESIGN.md decision 4): drop to the slot's uid when root, set
/// rlimits, then bubblewrap with every namespace unshared, a read-only system, a small tmpfs and
/// a cleared environment.
/// </summary>
internal static class SandboxCommand
{
    /// <summary>The fd bubblewrap reads the seccomp program from; opened by the wrapper shell.</summary>
    private const int SeccompFd = 3;

    public static (string File, List<string> Args) Build(SandboxOptions options, LaunchProfile profile, string harnessDirectory, int? uid,
        string? seccompFile, IReadOnlyList<string>? cgroupProcsFiles = null)
    {
        var args = new List<string>();
        var join = cgroupProcsFiles ?? [];
        if (seccompFile is not null || join.Count > 0)
        {
            // One shell, exec'd into the rest of the chain (no extra process): it joins the sandbox's
            // cgroup first, with builtins only, so everything after it (bubblewrap, Python, any fork)
            // is in the cgroup from its first instruction; a failed join stops the start. .NET starts
            // children with fds 0-2 only, so it also opens the seccomp filter as fd 3.
            var script = string.Concat(join.Select(file => $"echo $$ >{Quote(file)} && ")) + "exec \"$@\"" +
                         (seccompFile is null ? "" : $" {SeccompFd}<\"$0\"");
            args.AddRange(["-c", script, seccompFile ?? "sandbox"]);
        }
        if (uid is { } id)
        {
            args.AddRange(["/usr/bin/setpriv", $"--reuid={id}", $"--regid={id}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--"]);
        }
        args.Add("/usr/bin/prlimit");
        var memory = (long)profile.MemoryMb * 1024 * 1024;
        args.AddRange([
            $"--cpu={profile.CpuSeconds}:{profile.CpuSeconds + 1}", $"--as={memory}", $"--nproc={options.MaxProcesses}",
            $"--fsize={options.MaxFileMb * 1024 * 1024}", "--nofile=64", "--core=0", "--stack=8388608", "--memlock=0", "--msgqueue=0",
            "--", options.BwrapPath,
            "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--hostname", "sandbox", "--clearenv", "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", "/tmp",
            "--setenv", "PYTHONHASHSEED", "0",
            "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
            // Debian's libblas/liblapack (needed by numpy) are symlinks through /etc/alternatives,
            // and matplotlib's default matplotlibrc is a symlink to /etc/matplotlibrc.
            "--ro-bind-try", "/etc/alternatives", "/etc/alternatives",
            "--ro-bind-try", "/etc/matplotlibrc", "/etc/matplotlibrc",
            "--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev",
            "--size", (options.TmpfsMb * 1024L * 1024).ToString(CultureInfo.InvariantCulture), "--tmpfs", "/tmp",
            "--ro-bind", harnessDirectory, "/sandbox", "--chdir", "/tmp", "--remount-ro", "/",
            // start.py runs harness.py from the bytecode shipped beside it (see the file).
            "--", options.PythonPath, "-I", "-S", "-B", "/sandbox/start.py",
        ]);
        // -I leaves site-packages out; the harness appends these read-only folders to sys.path.
        args.AddRange(options.ExtraPythonPaths.Where(Directory.Exists));
        if (seccompFile is not null)
        {
            var at = args.IndexOf("--unshare-all");
            args.InsertRange(at, ["--seccomp", SeccompFd.ToString(CultureInfo.InvariantCulture)]);
        }
        var file = args[0] == "-c" ? "/bin/sh" : args[0];
        if (args[0] != "-c") args.RemoveAt(0);
        return (file, args);
    }

    /// <summary>Single-quoted for sh; the paths are ours (cgroup folders), a quote in one is refused.</summary>
    private static string Quote(string path) =>
        path.Contains('\'', StringComparison.Ordinal) ? throw new ArgumentException($"unexpected quote in {path}", nameof(path)) : $"'{path}'";
}
