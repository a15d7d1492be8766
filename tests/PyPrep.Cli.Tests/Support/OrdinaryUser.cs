using System.Diagnostics;
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
    private const int Nobody = 65534;
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

    public async Task<CliProcess.Result> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo(Drops ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        if (Drops)
        {
            foreach (var arg in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--inh-caps=-all", "dotnet" })
                info.ArgumentList.Add(arg);
        }
        info.ArgumentList.Add(Path.Combine(root, "app", "pyprep.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["PYPREP_CONTENT"] = Path.Combine(root, "content");
        info.Environment["NO_COLOR"] = "1";
        info.Environment["HOME"] = home;
        info.Environment["DOTNET_CLI_HOME"] = home;
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliProcess.Result(process.ExitCode, await stdout, await stderr);
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
