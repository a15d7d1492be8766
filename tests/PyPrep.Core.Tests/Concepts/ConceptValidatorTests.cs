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
    public void Matching_output_passes_and_sends_the_snippet_as_a_script_job()
    {
        var runner = new ScriptRunner("1\n", null);
        Assert.Null(Check(Item, runner).Result);
        Assert.Equal("script", runner.LastJob!["mode"]!.GetValue<string>());
        Assert.Equal("print(1)", runner.LastJob["code"]!.GetValue<string>());
    }

    [Fact]
    public void Different_output_is_reported_at_the_item_line()
    {
        var error = Check(Item, new ScriptRunner("2\n", null)).Result!;
        Assert.Equal(("/bank/t.yaml", 12), (error.File, error.Line));
        Assert.Contains("output differs", error.Message, StringComparison.Ordinal);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_reported_with_its_type()
    {
        var error = Check(Item, new ScriptRunner("1\n", "ValueError")).Result!;
        Assert.Contains("raised ValueError (boom), declared no exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_exception_that_never_comes_is_reported()
    {
        var error = Check(Item with { Raises = "KeyError" }, new ScriptRunner("1\n", null)).Result!;
        Assert.Contains("declared to raise KeyError, raised nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_and_short_answer_items_need_no_run()
    {
        var runner = new ScriptRunner("", null);
        Assert.Null(Check(Item with { Kind = ConceptKind.Choice }, runner).Result);
        Assert.Null(runner.LastJob);
    }
}
