using System.Text.Json;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading;

/// <summary>The job the sandbox receives: the inputs encoded once per case, reused verbatim, never the expected values.</summary>
public sealed class GradingJobTests
{
    private static readonly Challenge Challenge = new()
    {
        Slug = "sample",
        Title = "Sample",
        Difficulty = Difficulty.Easy,
        Level = Level.Junior,
        Kind = ChallengeKind.Function,
        Entry = "f",
        Signature = new Signature([new Parameter("x", TypeSpec.Parse("list[int]"))], TypeSpec.Parse("int")),
        Checker = "exact",
        Statement = "",
        Directory = "/tmp",
        Cases =
        [
            new TestCase("plain", false, [new PyList([new PyInt(1), new PyInt(2)]), new PyStr("<&>")], new PyInt(3)),
            new TestCase("tagged", true, [new PyList([new PyTuple([new PyInt(1)]), new PyFloat(0.5)])], new PyInt(777_001)),
        ],
    };

    private static JsonElement Job(string code = "def f(x): pass") =>
        JsonDocument.Parse(GradingJob.Build(Challenge, code, Challenge.Cases).ToJsonString()).RootElement;

    [Fact]
    public void Each_case_carries_its_tagged_inputs_and_plain_marks_those_the_harness_need_not_decode()
    {
        var cases = Job().GetProperty("cases");
        Assert.Equal("[1,2]", cases[0].GetProperty("args")[0].GetRawText());
        Assert.Equal("<&>", cases[0].GetProperty("args")[1].GetString());
        Assert.True(cases[0].GetProperty("plain").GetBoolean());
        Assert.Equal(TaggedJson.Encode(Challenge.Cases[1].Args[0])!.ToJsonString(), cases[1].GetProperty("args")[0].GetRawText());
        Assert.False(cases[1].TryGetProperty("plain", out _));
    }

    [Fact]
    public void Jobs_reuse_the_encoded_cases_and_change_only_the_code()
    {
        var first = Job("def f(x): return 1");
        var second = Job("def f(x): return 2");
        Assert.Equal(first.GetProperty("cases").GetRawText(), second.GetProperty("cases").GetRawText());
        Assert.Equal("def f(x): return 2", second.GetProperty("code").GetString());
        Assert.DoesNotContain("777001", first.GetRawText());
    }

    [Fact]
    public void The_job_asks_the_harness_to_preload_the_required_libraries()
    {
        var challenge = Challenge with { Requires = ["numpy", "pandas"] };
        var job = GradingJob.Build(challenge, "def f(x): pass", challenge.Cases);
        Assert.Equal(["numpy", "pandas"], job["preload"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(GradingJob.Build(Challenge, "def f(x): pass", Challenge.Cases)["preload"]!.AsArray());
    }
}
