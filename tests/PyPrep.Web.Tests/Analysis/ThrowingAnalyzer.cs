using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Analysis;

namespace PyPrep.Web.Tests.Analysis;

/// <summary>A complexity analyzer that fails the way a server fault would: it throws.</summary>
internal sealed class ThrowingAnalyzer : ISubmissionAnalyzer
{
    public string Name => "complexity";

    public bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict) => mode == SubmissionMode.Submit && verdict == "accepted";

    public Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the timing sandbox vanished");
}
