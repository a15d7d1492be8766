using System.Collections.Concurrent;
using System.Runtime.Versioning;
using PyPrep.Core.Running;

namespace PyPrep.Sandbox;

/// <summary>
/// Where harness.py and start.py live: shipped next to this assembly, bound read-only into every
/// sandbox. As root each sandbox runs under an unprivileged uid of its own, which reaches them only
/// as "others"; a checkout under a private folder (/root, or what mktemp -d makes) is closed to
/// it, so the files are then staged once per process in a fresh root-owned folder others can read.
/// </summary>
internal static class HarnessFiles
{
    // 0644 and 0755: the sandbox users read and enter, only root writes.
    private const UnixFileMode OthersRead = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode OthersEnter = OthersRead | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private static readonly string[] Files = ["harness.py", "start.py"];
    private static readonly ConcurrentDictionary<string, Lazy<string>> Staged = new(StringComparer.Ordinal);

    public static string Directory(SandboxOptions options)
    {
        var directory = Path.GetFullPath(options.HarnessDirectory ?? Path.Combine(AppContext.BaseDirectory, "python"));
        foreach (var file in Files)
        {
            if (!File.Exists(Path.Combine(directory, file)))
                throw new SandboxUnavailableException($"{file} not found in {directory}; rebuild PyPrep");
        }
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || ClosedFolder(directory) is null) return directory;
        return StagedCopy(directory);
    }

    [SupportedOSPlatform("linux")]
    private static string StagedCopy(string directory) => Staged.GetOrAdd(directory, source => new Lazy<string>(() => Stage(source))).Value;

    /// <summary>The nearest folder at or above <paramref name="directory"/> that other users cannot pass through, or null.</summary>
    private static string? ClosedFolder(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0) return dir.FullName;
        }
        return null;
    }

    /// <summary>
    /// Copies the harness, and the bytecode the build compiled for it (checked by hash, so still
    /// valid), into a folder created afresh under the temp folder: made by mkdtemp, so no other
    /// user can have placed it, then opened for reading only. Removed when the process exits.
    /// </summary>
    [SupportedOSPlatform("linux")]
    private static string Stage(string source)
    {
        var closed = ClosedFolder(source);
        try
        {
            var staged = System.IO.Directory.CreateTempSubdirectory("pyprep-harness-").FullName;
            foreach (var file in Files) CopyReadable(Path.Combine(source, file), staged);
            var bytecode = Path.Combine(source, "__pycache__");
            if (System.IO.Directory.Exists(bytecode))
            {
                var target = System.IO.Directory.CreateDirectory(Path.Combine(staged, "__pycache__")).FullName;
                foreach (var file in System.IO.Directory.EnumerateFiles(bytecode, "*.pyc")) CopyReadable(file, target);
                File.SetUnixFileMode(target, OthersEnter);
            }
            File.SetUnixFileMode(staged, OthersEnter);
            if (ClosedFolder(staged) is { } stillClosed) throw new IOException($"{stillClosed} is closed to other users too");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveQuietly(staged);
            return staged;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SandboxUnavailableException(
                $"the sandbox users cannot reach {source} ({closed} is closed to other users) and a readable copy could not be made: {e.Message}. " +
                $"Run `chmod o+rx {closed}` or put PyPrep in a folder others can read.");
        }
    }

    [SupportedOSPlatform("linux")]
    private static void CopyReadable(string file, string folder)
    {
        var copy = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, copy);
        File.SetUnixFileMode(copy, OthersRead);
    }

    private static void RemoveQuietly(string folder)
    {
        try { System.IO.Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
