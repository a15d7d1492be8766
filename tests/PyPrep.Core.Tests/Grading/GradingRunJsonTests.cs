using System.Text.Json.Nodes;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading;

public sealed class GradingRunJsonTests
{
    [Fact]
    public void The_check_json_contract_has_every_field_and_hides_hidden_cases()
    {
        var run = new GradingRun
        {
            Challenge = "two-sum",
            Verdict = Verdict.WrongAnswer,
            Cases =
            [
                new CaseResult { Id = "v", Hidden = false, Status = Verdict.WrongAnswer, TimeMs = 1.25, Input = "[1, 2], 3", Expected = new PyList([new PyInt(0), new PyInt(1)]), Actual = new PyList([]), Stdout = "hi\n" },
                new CaseResult { Id = "h", Hidden = true, Status = Verdict.Accepted, TimeMs = 2, Actual = new PyInt(7) },
            ],
        };
        var json = JsonNode.Parse(GradingRunJson.Build(run).ToJsonString())!;
        Assert.Equal("two-sum", (string?)json["challenge"]);
        Assert.Equal("wrong_answer", (string?)json["verdict"]);
        Assert.Equal(1, (int?)json["passed"]);
        Assert.Equal(2, (int?)json["total"]);
        Assert.Null(json["complexity"]);
        Assert.Empty(json["style"]!.AsArray());
        var visible = json["cases"]![0]!;
        Assert.Equal("wrong_answer", (string?)visible["status"]);
        Assert.Equal("[1, 2], 3", (string?)visible["input"]);
        Assert.Equal("[0, 1]", (string?)visible["expected"]);
        Assert.Equal("[]", (string?)visible["actual"]);
        Assert.Equal("hi\n", (string?)visible["stdout"]);
        Assert.Equal(1.25, (double?)visible["time_ms"]);
        var hidden = json["cases"]![1]!.AsObject();
        Assert.Equal("passed", (string?)hidden["status"]);
        Assert.False(hidden.ContainsKey("input"));
        Assert.False(hidden.ContainsKey("expected"));
        Assert.False(hidden.ContainsKey("actual"));
    }
}
