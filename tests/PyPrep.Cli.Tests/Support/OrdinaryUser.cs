using PyPrep.Core.Content;

namespace PyPrep.Cli.Tests.Support;

/// <summary>
/// Runs the real `pyprep` program as an ordinary user: as root the child drops to nobody (the
/// sandbox then relies on bubblewrap's user namespace, and no cgroups can be made); otherwise it
/// already is one. The program and a copy of two-sum live in a folder everyone can read, since the
/// build output may sit under a private one (CI clones into <c>mktemp -d</c>).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class OrdinaryUser : IDisposable
{
    /// <summary>nobody: the user the runs drop to from root.</summary>
    public const int Uid = 65534;
    private readonly string root;
    private readonly string home;

    public OrdinaryUser()
    {
        root = Directory.CreateTempSubdirectory("pyprep-ordinary-").FullName;
        CliProcess.CopyTree(AppContext.BaseDirectory, Path.Combine(root, "app"));
        CliProcess.CopyTree(Path.Combine(ContentBank.LocateRoot(), "challenges", "two-sum"), Path.Combine(root, "content", "challenges", "two-sum"));
        OpenToEveryone(root);
        // nobody's home does not exist; .NET may want somewhere to write (0777).
        home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        System.IO.File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
    }

    /// <summary>Whether the runs really drop from root to another user.</summary>
    public static bool Drops => Environment.IsPrivilegedProcess;

    /// <summary>Writes a file the ordinary user can read, in the shared folder.</summary>
    public string File(string name, string text)
    {
        var path = Path.Combine(root, name);
        System.IO.File.WriteAllText(path, text);
        System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return path;
    }

    public Task<CliProcess.Result> RunAsync(params string[] args)
    {
        var program = new[] { "dotnet", Path.Combine(root, "app", "pyprep.dll") };
        string[] command = Drops ? ["setpriv", $"--reuid={Uid}", $"--regid={Uid}", "--clear-groups", "--inh-caps=-all", .. program] : program;
        var environment = new Dictionary<string, string?> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home, ["DOTNET_NOLOGO"] = "1" };
        // The working folder too must be one the user can enter.
        return CliProcess.RunCommandAsync(command, Path.Combine(root, "content"), environment, args, workingDirectory: root);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void OpenToEveryone(string folder)
    {
        const UnixFileMode read = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        const UnixFileMode enter = read | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        System.IO.File.SetUnixFileMode(folder, enter);
        foreach (var dir in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories)) System.IO.File.SetUnixFileMode(dir, enter);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)) System.IO.File.SetUnixFileMode(file, read);
    }
}
