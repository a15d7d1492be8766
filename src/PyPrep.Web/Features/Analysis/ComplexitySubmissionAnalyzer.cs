using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Core.Running;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// The measured growth (issue 4) of accepted submissions of challenges with a generator: the
/// "complexity" object of the result. Reference curves are timed once per machine and cached
/// under ./data/complexity-cache, like the CLI's.
/// </summary>
internal sealed class ComplexitySubmissionAnalyzer(ICodeRunner runner) : ISubmissionAnalyzer
{
    private readonly ComplexityMeter meter = new(new BackgroundRunner(runner), new ComplexityOptions(),
        new ReferenceCurveCache(Path.Combine(Directory.GetCurrentDirectory(), "data", "complexity-cache")));

    public string Name => "complexity";

    public bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict) =>
        challenge.Generator is not null && verdict == "accepted";

    public async Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken) =>
        ComplexityReportJson.Build(await meter.MeasureAsync(ComplexityProblem.From(challenge), code, challenge.Limits, cancellationToken));
}
