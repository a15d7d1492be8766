using PyPrep.Cli.Style;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Tests.Style;

/// <summary>The lint contract (DESIGN.md): exit 0 without findings, 1 with findings, 2 on bad input; real sandbox.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pyprep-lint-").FullName;

    private static Task<int> RunAsync(params string[] args)
    {
        var app = new CommandApp();
        app.Configure(config => config.AddStyleCommands());
        return app.RunAsync(args);
    }

    private string Write(string name, string code)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, code);
        return path;
    }

    [Fact]
    public async Task Lint_exits_1_when_it_has_something_to_say()
    {
        var path = Write("bad.py", "def f(items=[]):\n    return items\n");
        Assert.Equal(1, await RunAsync("lint", path, "--json"));
    }

    [Fact]
    public async Task Lint_exits_0_on_idiomatic_code()
    {
        var path = Write("good.py", "def total(nums):\n    return sum(n * n for n in nums)\n");
        Assert.Equal(0, await RunAsync("lint", path));
    }

    [Fact]
    public async Task Lint_exits_2_on_a_missing_file_or_broken_syntax()
    {
        Assert.Equal(2, await RunAsync("lint", Path.Combine(folder, "missing.py")));
        Assert.Equal(2, await RunAsync("lint", Write("broken.py", "def f(:\n")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
