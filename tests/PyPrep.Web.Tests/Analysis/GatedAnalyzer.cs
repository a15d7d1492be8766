using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Analysis;

namespace PyPrep.Web.Tests.Analysis;

/// <summary>A stand-in complexity analyzer that finishes only when the test opens its gate.</summary>
internal sealed class GatedAnalyzer : ISubmissionAnalyzer
{
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public string Name => "complexity";

    public bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict) => mode == SubmissionMode.Submit && verdict == "accepted";

    public async Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken)
    {
        await Gate.Task.WaitAsync(cancellationToken);
        return new JsonObject
        {
            ["estimate"] = "O(n)",
            ["expected"] = challenge.ExpectedComplexity,
            ["confidence"] = 0.9,
            ["samples"] = new JsonArray(new JsonObject { ["n"] = 1000, ["seconds"] = 0.001 }),
        };
    }
}
