using System.Text.Json.Nodes;
using PyPrep.Cli.Tests.Support;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Cli.Tests.Grading;

/// <summary>
/// `pyprep check` run by an ordinary user, not root: no per-slot uids and no cgroups, so the
/// sandbox stands on bubblewrap's user namespace, rlimits, the interpreter's CPU from /proc and
/// the host's clock. Every verdict that depends on a limit still comes out right.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OrdinaryUserCheckTests : IDisposable
{
    private const string Optimal = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
    private readonly OrdinaryUser user = new();

    [Fact]
    public async Task An_accepted_solution_is_accepted()
    {
        var json = await CheckAsync(Optimal, expectedExit: 0);

        Assert.Equal("accepted", (string?)json["verdict"]);
        Assert.Equal((int?)json["total"], (int?)json["passed"]);
    }

    [Theory]
    // The harness's timer stops it.
    [InlineData("def two_sum(nums, target):\n    while True:\n        pass\n")]
    // Timer disarmed: the host's measure of the case stops it.
    [InlineData("import signal\nsignal.signal(signal.SIGPROF, signal.SIG_IGN)\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n" +
                "def two_sum(nums, target):\n    while True:\n        pass\n")]
    public async Task An_endless_loop_exceeds_the_time_limit(string code)
    {
        var json = await CheckAsync(code, expectedExit: 1);

        Assert.Equal("time_limit_exceeded", (string?)json["verdict"]);
        Assert.Equal("time_limit_exceeded", (string?)json["cases"]![0]!["status"]);
    }

    [Fact]
    public async Task Allocating_ten_gigabytes_exceeds_the_memory_limit()
    {
        var json = await CheckAsync("def two_sum(nums, target):\n    block = bytearray(10**10)\n    return [0, 1]\n", expectedExit: 1);

        Assert.Equal("memory_limit_exceeded", (string?)json["verdict"]);
    }

    [Fact]
    public async Task A_fork_bomb_is_contained_and_leaves_no_process_of_the_user_behind()
    {
        var json = await CheckAsync("import os\ndef two_sum(nums, target):\n    while True:\n        os.fork()\n", expectedExit: 1);

        Assert.NotEqual("accepted", (string?)json["verdict"]);
        if (OrdinaryUser.Drops)
        {
            // Everything nobody ran here was the check and its sandboxes; once it has exited, none is
            // left running (bubblewrap dies with its parent and takes its pid namespace with it).
            Assert.Equal(0, await HostProcesses.CountAfterReapingAsync(() => HostProcesses.CountRunningAs(OrdinaryUser.Uid)));
        }
    }

    private async Task<JsonNode> CheckAsync(string code, int expectedExit)
    {
        var result = await user.RunAsync("check", "two-sum", user.File("solution.py", code), "--json", "--no-complexity");
        Assert.True(result.ExitCode == expectedExit, $"exit {result.ExitCode}, expected {expectedExit}\n{result.Stdout}\n{result.Stderr}");
        return JsonNode.Parse(result.Stdout)!;
    }

    public void Dispose() => user.Dispose();
}
