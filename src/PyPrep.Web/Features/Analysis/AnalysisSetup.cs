namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// The complexity measurement follows each verdict at lower priority through <see cref="ISubmissionAnalyzer"/>s.
/// (Style findings need none: the grading sandbox sends the syntax tree with the verdict.)
/// </summary>
public static class AnalysisSetup
{
    public static WebApplicationBuilder AddAnalysis(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISubmissionAnalyzer, ComplexitySubmissionAnalyzer>();
        builder.Services.AddSingleton<AnalysisQueue>();
        builder.Services.AddHostedService<AnalysisWorker>();
        return builder;
    }
}
