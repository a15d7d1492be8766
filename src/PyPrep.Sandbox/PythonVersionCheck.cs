using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PyPrep.Sandbox;

/// <summary>
/// Runs the configured Python once per process and path, the way the sandbox starts it
/// (<c>-I -S</c>, about 25 ms), and says what is wrong when it does not run or is older than
/// <see cref="Minimum"/>: starters and references use <c>X | None</c>, which 3.9 cannot evaluate.
/// </summary>
public static class PythonVersionCheck
{
    public static readonly Version Minimum = new(3, 10);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, Lazy<string?>> Results = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="pythonPath"/> runs and is new enough; otherwise the message to show.</summary>
    public static string? Problem(string pythonPath)
    {
        ArgumentNullException.ThrowIfNull(pythonPath);
        return Results.GetOrAdd(pythonPath, path => new Lazy<string?>(() => Probe(path))).Value;
    }

    private static string? Probe(string path)
    {
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-I", "-S", "-c", "import sys; print('%d.%d' % sys.version_info[:2])" }) info.ArgumentList.Add(arg);
        string output, error;
        try
        {
            using var process = Process.Start(info) ?? throw new InvalidOperationException("no process");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"{path} did not answer within {Timeout.TotalSeconds:0} s. {Install}";
            }
            output = stdout.GetAwaiter().GetResult().Trim();
            error = stderr.GetAwaiter().GetResult().Trim();
            if (process.ExitCode != 0)
                return $"{path} does not run (exit code {process.ExitCode}{(error.Length > 0 ? ": " + FirstLine(error) : "")}). {Install}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"{path} does not run ({e.Message}). {Install}";
        }
        if (!Version.TryParse(output, out var version))
            return $"{path} did not print its version (it printed '{FirstLine(output)}'): is it Python? {Install}";
        if (version < Minimum)
            return $"{path} is Python {version.ToString(2)}; PyPrep needs Python {Minimum.ToString(2)} or newer " +
                   "(starters and references use `X | None`). Debian 12 and Ubuntu 22.04 ship one: " +
                   "`sudo apt-get install python3`, or set Sandbox:PythonPath to a newer Python.";
        return null;
    }

    private const string Install = "Install Debian's Python (`sudo apt-get install python3`), or set Sandbox:PythonPath to a working Python 3.10 or newer.";

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
