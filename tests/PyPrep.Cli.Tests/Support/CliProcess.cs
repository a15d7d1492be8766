using System.Diagnostics;
using PyPrep.Core.Content;

namespace PyPrep.Cli.Tests.Support;

/// <summary>Runs the real `pyprep` program as a user would, capturing exit code and output.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Task<Result> RunAsync(params string[] args) => RunInAsync(ContentBank.LocateRoot(), args);

    /// <summary>Runs against another content folder (a small bank written by the test).</summary>
    public static Task<Result> RunInAsync(string contentRoot, params string[] args) =>
        RunWithEnvironmentAsync(contentRoot, new Dictionary<string, string?>(), args);

    /// <summary>Like <see cref="RunInAsync"/>, with variables set (or removed, when null) for the child.</summary>
    public static Task<Result> RunWithEnvironmentAsync(string contentRoot, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunCommandAsync(["dotnet", Path.Combine(AppContext.BaseDirectory, "pyprep.dll")], contentRoot, environment, args);

    /// <summary>
    /// Runs `pyprep` through <paramref name="command"/> (dotnet and the program's dll, or a wrapper
    /// that ends in them), in <paramref name="workingDirectory"/> when given.
    /// </summary>
    public static async Task<Result> RunCommandAsync(IReadOnlyList<string> command, string contentRoot,
        IReadOnlyDictionary<string, string?> environment, string[] args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        foreach (var arg in command.Skip(1).Concat(args)) info.ArgumentList.Add(arg);
        info.Environment["PYPREP_CONTENT"] = contentRoot;
        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Copies a folder with everything in it (a challenge into a test's bank, the program into a shared folder).</summary>
    public static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public static string TempFile(string text, string suffix = ".py")
    {
        var path = Path.Combine(Path.GetTempPath(), $"pyprep-cli-{Guid.NewGuid():N}{suffix}");
        File.WriteAllText(path, text);
        return path;
    }
}
