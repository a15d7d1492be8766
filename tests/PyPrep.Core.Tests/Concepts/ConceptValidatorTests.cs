using System.Text.Json;
using System.Text.Json.Nodes;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;

namespace PyPrep.Core.Tests.Concepts;

/// <summary>The validator's judgement of what a snippet printed, with a runner that replays fixed records.</summary>
public sealed class ConceptValidatorTests
{
    private sealed class ScriptRunner(string stdout, string? errorType) : ICodeRunner
    {
        public JsonObject? LastJob { get; private set; }

        public Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
        {
            LastJob = request.Job;
            var body = new JsonObject
            {
                ["t"] = "script",
                ["stdout"] = stdout,
                ["error"] = errorType is null ? null : new JsonObject { ["type"] = errorType, ["message"] = "boom" },
            };
            var record = new HarnessRecord("script", JsonDocument.Parse(body.ToJsonString()).RootElement, 1);
            return Task.FromResult(new RunOutcome { Records = [record], Termination = Termination.Exited });
        }
    }

    private static readonly ConceptItem Item = new()
    {
        Id = "snippet", Kind = ConceptKind.PredictOutput, Topic = "t", Level = Level.Junior, Question = "q",
        Explanation = "e", Code = "print(1)", Output = "1\n", File = "/bank/t.yaml", Line = 12,
    };

    private static Task<ContentError?> Check(ConceptItem item, ScriptRunner runner) =>
        new ConceptValidator(runner, new Grader(runner)).CheckAsync(item);

    [Fact]
    public async Task Matching_output_passes_and_sends_the_snippet_as_a_script_job()
    {
        var runner = new ScriptRunner("1\n", null);
        Assert.Null(await Check(Item, runner));
        Assert.Equal("script", runner.LastJob!["mode"]!.GetValue<string>());
        Assert.Equal("print(1)", runner.LastJob["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Different_output_is_reported_at_the_item_line()
    {
        var error = (await Check(Item, new ScriptRunner("2\n", null)))!;
        Assert.Equal(("/bank/t.yaml", 12), (error.File, error.Line));
        Assert.Contains("output differs", error.Message, StringComparison.Ordinal);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_is_reported_with_its_type()
    {
        var error = (await Check(Item, new ScriptRunner("1\n", "ValueError")))!;
        Assert.Contains("raised ValueError (boom), declared no exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_exception_that_never_comes_is_reported()
    {
        var error = (await Check(Item with { Raises = "KeyError" }, new ScriptRunner("1\n", null)))!;
        Assert.Contains("declared to raise KeyError, raised nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_and_short_answer_items_need_no_run()
    {
        var runner = new ScriptRunner("", null);
        Assert.Null(await Check(Item with { Kind = ConceptKind.Choice }, runner));
        Assert.Null(runner.LastJob);
    }
}
