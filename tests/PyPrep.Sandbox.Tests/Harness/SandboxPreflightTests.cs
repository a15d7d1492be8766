using PyPrep.Core.Running;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>
/// The start-up check names what is missing and how to install it: no Python, a Python that does
/// not run, and one too old for the `X | None` annotations the starters use.
/// </summary>
public sealed class SandboxPreflightTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pyprep-preflight-").FullName;

    private string Script(string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static string Failure(string pythonPath) =>
        Assert.Throws<SandboxUnavailableException>(() => SandboxPreflight.Check(new SandboxOptions { PythonPath = pythonPath })).Message;

    [Fact]
    public void A_missing_python_names_the_path_and_the_package()
    {
        var message = Failure(Path.Combine(folder, "python3"));
        Assert.Contains($"no Python at {folder}/python3", message);
        Assert.Contains("sudo apt-get install python3", message);
    }

    [Fact]
    public void A_python_older_than_3_10_is_refused_with_the_reason()
    {
        var message = Failure(Script("python3.8", "echo 3.8"));
        Assert.Contains("is Python 3.8; PyPrep needs Python 3.10 or newer", message);
        Assert.Contains("X | None", message);
        Assert.Contains("sudo apt-get install python3", message);
    }

    [Fact]
    public void A_python_that_does_not_run_says_what_it_printed()
    {
        var message = Failure(Script("broken", "echo 'error while loading shared libraries: libpython3.so' >&2; exit 127"));
        Assert.Contains("does not run (exit code 127: error while loading shared libraries: libpython3.so)", message);
        Assert.Contains("sudo apt-get install python3", message);
    }

    [Fact]
    public void A_program_that_is_not_python_is_named()
    {
        var message = Failure(Script("not-python", "echo hello"));
        Assert.Contains("did not print its version (it printed 'hello')", message);
    }

    [Fact]
    public void The_system_python_passes()
    {
        Assert.Null(PythonVersionCheck.Problem("/usr/bin/python3"));
    }

    [Fact]
    public void A_python_is_asked_once_per_process()
    {
        var calls = Path.Combine(folder, "calls");
        var python = Script("python3.12", $"echo run >> '{calls}'; echo 3.12");
        Assert.Null(PythonVersionCheck.Problem(python));
        Assert.Null(PythonVersionCheck.Problem(python));
        Assert.Single(File.ReadAllLines(calls));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
