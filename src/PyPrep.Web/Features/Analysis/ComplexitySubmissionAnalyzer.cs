using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Core.Running;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// The measured growth (issue 4) of accepted submissions of challenges with a generator: the
/// "complexity" object of the result. Reference curves are timed once per machine and cached
/// under ./data/complexity-cache, like the CLI's. A measurement that could not be made (the
/// generator or the code failed before enough sizes were timed) is marked <c>failed</c> with its
/// error as the reason, keeping whatever samples and reference curves it did get.
/// </summary>
internal sealed class ComplexitySubmissionAnalyzer(ICodeRunner runner) : ISubmissionAnalyzer
{
    private readonly ComplexityMeter meter = new(new BackgroundRunner(runner), new ComplexityOptions(),
        new ReferenceCurveCache(Path.Combine(Directory.GetCurrentDirectory(), "data", "complexity-cache")));

    public string Name => "complexity";

    public bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict) =>
        challenge.Generator is not null && verdict == "accepted";

    public async Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken)
    {
        var report = await meter.MeasureAsync(ComplexityProblem.From(challenge), code, challenge.Limits, cancellationToken);
        var json = ComplexityReportJson.Build(report);
        if (report.Error is { } error)
        {
            json["status"] = "failed";
            json["reason"] = AnalysisWorker.Reason(error);
        }
        return json;
    }
}
