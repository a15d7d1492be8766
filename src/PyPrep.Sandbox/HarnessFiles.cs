using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PyPrep.Sandbox;

/// <summary>Where harness.py lives: shipped next to this assembly, bound read-only into every sandbox.</summary>
internal static class HarnessFiles
{
    public const string Source = "harness.py";
    public const string Compiled = "harness.pyc";

    public static string Directory(SandboxOptions options)
    {
        var directory = options.HarnessDirectory ?? Path.Combine(AppContext.BaseDirectory, "python");
        if (!File.Exists(Path.Combine(directory, Source)))
            throw new Core.Running.SandboxUnavailableException($"harness.py not found in {directory}; rebuild PyPrep");
        return directory;
    }

    /// <summary>
    /// Compiles harness.py once, with the sandbox's own Python, into harness.pyc beside it, and
    /// returns the file every sandbox should run. Python never caches the bytecode of a script it is
    /// given to run, so each fresh interpreter would otherwise compile the whole harness again:
    /// about a third of a sandbox's start-up CPU, on every submission. Where the folder cannot be
    /// written, sandboxes run the source, only slower.
    /// </summary>
    public static string Precompile(SandboxOptions options, string directory, ILogger logger)
    {
        var source = Path.Combine(directory, Source);
        var compiled = Path.Combine(directory, Compiled);
        // dfile keeps tracebacks naming the file as the sandbox sees it; py_compile writes atomically,
        // so pools starting at once in several processes never read half a file.
        const string script = "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile='/sandbox/harness.py', doraise=True)";
        try
        {
            using var python = Process.Start(new ProcessStartInfo(options.PythonPath)
            {
                ArgumentList = { "-I", "-S", "-B", "-c", script, source, compiled },
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("could not start Python");
            var error = python.StandardError.ReadToEnd();
            if (!python.WaitForExit(TimeSpan.FromSeconds(30))) python.Kill();
            if (python.HasExited && python.ExitCode == 0 && File.Exists(compiled)) return Compiled;
            logger.LogWarning("could not compile the harness, sandboxes will compile it on every start: {Error}", error.Trim());
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            logger.LogWarning("could not compile the harness, sandboxes will compile it on every start: {Error}", e.Message);
        }
        return Source;
    }
}
