using System.Text.Json;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading;

/// <summary>When the grader gives the cases a dying sandbox left unanswered a fresh sandbox, and when it does not.</summary>
public sealed class GraderTests
{
    private static readonly Challenge Challenge = new()
    {
        Slug = "sample",
        Title = "Sample",
        Difficulty = Difficulty.Easy,
        Level = Level.Junior,
        Kind = ChallengeKind.Function,
        Entry = "f",
        Signature = new Signature([new Parameter("x", TypeSpec.Parse("int"))], TypeSpec.Parse("int")),
        Checker = "exact",
        Statement = "",
        Directory = "/tmp",
        Cases =
        [
            new TestCase("a", false, [new PyInt(1)], new PyInt(2)),
            new TestCase("b", true, [new PyInt(2)], new PyInt(4)),
            new TestCase("c", true, [new PyInt(3)], new PyInt(6)),
        ],
    };

    /// <summary>A sandbox that loads the code, then ends the same way before answering any case.</summary>
    private sealed class DyingRunner(Termination termination) : ICodeRunner
    {
        public int Runs { get; private set; }

        public Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
        {
            Runs++;
            var loaded = JsonDocument.Parse("""{"t":"loaded"}""").RootElement.Clone();
            return Task.FromResult(new RunOutcome { Records = [new HarnessRecord("loaded", loaded, 1)], Termination = termination, ElapsedMs = 10 });
        }
    }

    [Theory]
    [InlineData(Termination.CpuLimit)]
    [InlineData(Termination.WallLimit)]
    public async Task A_run_stopped_at_a_time_limit_is_not_restarted(Termination termination)
    {
        var runner = new DyingRunner(termination);
        var run = await new Grader(runner).GradeAsync(Challenge, "def f(x):\n    while True:\n        pass\n");
        Assert.Equal(1, runner.Runs);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.StartsWith("no answer", run.Cases[0].Error);
        Assert.All(run.Cases.Skip(1), c => Assert.StartsWith("not run", c.Error));
    }

    [Theory]
    [InlineData(Termination.Exited, Verdict.RuntimeError)]
    [InlineData(Termination.Crashed, Verdict.RuntimeError)]
    [InlineData(Termination.MemoryLimit, Verdict.MemoryLimitExceeded)]
    public async Task After_a_crash_or_an_exit_the_remaining_cases_run_in_a_fresh_sandbox(Termination termination, Verdict verdict)
    {
        var runner = new DyingRunner(termination);
        var run = await new Grader(runner).GradeAsync(Challenge, "import os\ndef f(x):\n    os._exit(0)\n");
        Assert.Equal(3, runner.Runs); // one sandbox per case: each died at its first case
        Assert.All(run.Cases, c => Assert.Equal(verdict, c.Status));
        Assert.All(run.Cases, c => Assert.StartsWith("no answer", c.Error));
    }
}
