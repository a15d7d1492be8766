using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;
using PyPrep.Core.Values;

namespace PyPrep.Core.Grading;

/// <summary>Builds the harness job for a submission: the code and the inputs, never the expected values.</summary>
public static class GradingJob
{
    /// <summary>Each case's inputs, encoded once for the life of the loaded content.</summary>
    private static readonly ConditionalWeakTable<TestCase, RawJson> EncodedCases = new();

    /// <param name="syntaxTree">Also send the code's syntax tree (an <c>ast</c> record) for the style rules.</param>
    public static JsonObject Build(Challenge challenge, string code, IReadOnlyList<TestCase> cases, bool syntaxTree = false)
    {
        var kind = challenge.Kind switch
        {
            ChallengeKind.Class => "class",
            ChallengeKind.Behavior => "behavior",
            ChallengeKind.Tests => "tests",
            _ => "function",
        };
        var caseNodes = new JsonArray();
        foreach (var testCase in cases) caseNodes.Add(EncodedCases.GetValue(testCase, Encode).ToNode());
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
            ["ast"] = syntaxTree,
        };
    }

    /// <summary>
    /// The job with its limits, and what the host holds its records to: the grading order (a record
    /// out of it ends the run early, <see cref="GradingRecordOrder"/>) and as many records as that order allows.
    /// </summary>
    public static RunRequest Request(Challenge challenge, string code, IReadOnlyList<TestCase> cases, bool syntaxTree = false)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(cases);
        return new RunRequest(Build(challenge, code, cases, syntaxTree), challenge.Limits)
        {
            Order = () => new GradingRecordOrder(cases.Count),
            MaxRecords = GradingRecordOrder.MaxRecords(cases.Count),
        };
    }

    private static RawJson Encode(TestCase testCase)
    {
        var args = testCase.Args.Select(TaggedJson.Encode).ToArray();
        var node = new JsonObject { ["args"] = new JsonArray(args) };
        // Inputs without tagged values (plain lists, numbers, strings) need no decoding in the
        // harness: it calls the candidate with what json.loads gave it.
        if (args.All(IsPlain)) node["plain"] = true;
        if (testCase.Snippet is not null) node["snippet"] = testCase.Snippet;
        return RawJson.Freeze(node);
    }

    private static bool IsPlain(JsonNode? node) => node switch
    {
        JsonObject => false,
        JsonArray array => array.All(IsPlain),
        _ => true,
    };
}
