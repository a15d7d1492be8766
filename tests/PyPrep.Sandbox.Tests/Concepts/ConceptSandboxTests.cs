using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Sandbox.Tests.Concepts;

/// <summary>Concept items run in the real sandbox: spot-the-bug fixes graded, predict-output snippets checked.</summary>
public sealed class ConceptSandboxTests : IAsyncLifetime
{
    private WarmPool pool = null!;
    private BubblewrapRunner runner = null!;

    public Task InitializeAsync()
    {
        var options = new SandboxOptions { WarmSlots = 1 };
        SandboxPreflight.Check(options);
        pool = new WarmPool(options);
        runner = new BubblewrapRunner(pool);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await pool.DisposeAsync();

    private static ConceptItem Bug(params TestCase[] cases) => new()
    {
        Id = "default-list", Kind = ConceptKind.SpotTheBug, Topic = "mutable-defaults", Level = Level.Junior,
        Question = "q", Explanation = "e", File = "/bank/mutable-defaults.yaml", Line = 7, Entry = "add",
        Code = "def add(x, acc=[]):\n    acc.append(x)\n    return acc\n",
        Fixed = "def add(x, acc=None):\n    acc = [] if acc is None else acc\n    acc.append(x)\n    return acc\n",
        Cases = cases,
    };

    private static TestCase Snippet(string code, PyValue expected) => new("case", true, [], expected, code);

    [Fact]
    public async Task A_correct_fix_passes_the_hidden_cases_and_the_bug_does_not()
    {
        var item = Bug(Snippet("solution.add(1)\nresult = solution.add(2)", new PyList([new PyInt(2)])));
        var grader = new SpotTheBugGrader(new Grader(runner));
        var (fixedOutcome, fixedRun) = await grader.CheckAsync(item, item.Fixed!);
        var (buggyOutcome, _) = await grader.CheckAsync(item, item.Code!);
        Assert.True(fixedOutcome.Correct, fixedRun.Error);
        Assert.False(buggyOutcome.Correct);
        Assert.Contains("0 of 1 hidden cases pass", buggyOutcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_flags_an_item_whose_bug_passes_every_case()
    {
        // One call cannot see the shared default, so this item does not expose its bug.
        var item = Bug(Snippet("result = solution.add(1)", new PyList([new PyInt(1)])));
        var error = await new ConceptValidator(runner, new Grader(runner)).CheckAsync(item);
        Assert.NotNull(error);
        Assert.Equal(("/bank/mutable-defaults.yaml", 7), (error.File, error.Line));
        Assert.Contains("buggy code passes every case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_runs_a_predict_output_snippet_and_compares_output_and_exception()
    {
        var item = new ConceptItem
        {
            Id = "prints-then-raises", Kind = ConceptKind.PredictOutput, Topic = "t", Level = Level.Junior, Question = "q",
            Explanation = "e", File = "/bank/t.yaml", Line = 3, Code = "print([1] * 2)\n{}['k']\n",
            Output = "[1, 1]\n", Raises = "KeyError",
        };
        var validator = new ConceptValidator(runner, new Grader(runner));
        Assert.Null(await validator.CheckAsync(item));
        var wrong = await validator.CheckAsync(item with { Output = "[2]\n" });
        Assert.Contains("output differs", wrong!.Message, StringComparison.Ordinal);
    }
}
