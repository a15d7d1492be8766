namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// Complexity and style follow each verdict at lower priority through <see cref="ISubmissionAnalyzer"/>s.
/// </summary>
public static class AnalysisSetup
{
    public static WebApplicationBuilder AddAnalysis(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISubmissionAnalyzer, StyleSubmissionAnalyzer>();
        builder.Services.AddSingleton<ISubmissionAnalyzer, ComplexitySubmissionAnalyzer>();
        builder.Services.AddSingleton<AnalysisQueue>();
        builder.Services.AddHostedService<AnalysisWorker>();
        return builder;
    }
}
