using System.Diagnostics;
using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>
/// How a sandbox starts (docs/harness-protocol.md): start.py runs harness.py from the bytecode the
/// build shipped, error reports need no module the candidate could patch, and records
/// reach the caller as they arrive.
/// </summary>
public sealed class HarnessStartTests : IAsyncLifetime
{
    // No warm slots: every run starts its own sandbox for a job already waiting (the cold path).
    private WarmPool pool = null!;
    private BubblewrapRunner runner = null!;

    public Task InitializeAsync()
    {
        var options = new SandboxOptions { WarmSlots = 0 };
        SandboxPreflight.Check(options);
        pool = new WarmPool(options);
        runner = new BubblewrapRunner(pool);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await pool.DisposeAsync();

    [Fact]
    public async Task Start_runs_the_harness_from_the_bytecode_the_build_shipped()
    {
        var python = Path.Combine(AppContext.BaseDirectory, "python");
        var start = new ProcessStartInfo("/usr/bin/python3", ["-I", "-S", "-B", "-v", Path.Combine(python, "start.py")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("""{"mode": "ast", "code": "x = 1"}""");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var verbose = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // -v names the file each code object came from; a stale or foreign .pyc would be skipped.
        Assert.Contains("code object from '" + Path.Combine(python, "__pycache__", "harness."), verbose, StringComparison.Ordinal);
        Assert.Contains("\"t\":\"done\"", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_reach_the_caller_as_they_arrive_in_the_order_the_outcome_lists_them()
    {
        var streamed = new List<HarnessRecord>();
        var job = new JsonObject { ["mode"] = "ast", ["sources"] = new JsonArray("a = 1", "def f(:", "b = [a]") };
        var request = new RunRequest(job, ResourceLimits.Default) { WaitForExit = false, OnRecord = streamed.Add };

        var outcome = await runner.RunAsync(request);

        Assert.Equal(["ast", "syntax_error", "ast", "done"], outcome.Records.Select(r => r.Type));
        Assert.Equal(outcome.Records, streamed);
    }

    [Fact]
    public async Task A_fake_traceback_module_changes_nothing_in_the_error_report()
    {
        // The harness reads the interpreter's traceback objects itself; a module in sys.modules cannot forge them.
        const string code = """
            import sys, types
            fake = types.ModuleType("traceback")
            fake.extract_tb = lambda tb: []
            fake.format_list = lambda frames: ["forged"]
            sys.modules["traceback"] = fake
            1 / 0
            """;
        var outcome = await runner.RunAsync(new RunRequest(new JsonObject { ["mode"] = "script", ["code"] = code }, ResourceLimits.Default));

        var error = outcome.Find("script")!.Body.GetProperty("error");
        Assert.Equal("ZeroDivisionError", error.GetProperty("type").GetString());
        Assert.Contains("solution.py\", line 6", error.GetProperty("traceback").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, error.GetProperty("line").GetInt32());
    }
}
