using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Values;

namespace PyPrep.Core.Grading;

/// <summary>Builds the harness job for a submission: the code and the inputs, never the expected values.</summary>
public static class GradingJob
{
    public static JsonObject Build(Challenge challenge, string code, IReadOnlyList<TestCase> cases)
    {
        var kind = challenge.Kind switch
        {
            ChallengeKind.Class => "class",
            ChallengeKind.Behavior => "behavior",
            ChallengeKind.Tests => "tests",
            _ => "function",
        };
        var caseNodes = new JsonArray();
        foreach (var testCase in cases)
        {
            var node = new JsonObject { ["args"] = new JsonArray(testCase.Args.Select(TaggedJson.Encode).ToArray()) };
            if (testCase.Snippet is not null) node["snippet"] = testCase.Snippet;
            caseNodes.Add(node);
        }
        return new JsonObject
        {
            ["mode"] = "grade",
            ["code"] = code,
            ["kind"] = kind,
            ["entry"] = challenge.Entry,
            ["cases"] = caseNodes,
            ["return_arg"] = challenge.Checker == "in-place" ? 0 : null,
            ["case_seconds"] = challenge.Limits.CaseSeconds,
            ["stdout_chars"] = challenge.Limits.OutputKb * 1024 / 8,
            ["prelude"] = challenge.Prelude,
            ["preload"] = new JsonArray(challenge.Requires.Select(r => (JsonNode?)r).ToArray()),
        };
    }
}
