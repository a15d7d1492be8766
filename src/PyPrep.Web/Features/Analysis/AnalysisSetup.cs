namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// The seam for complexity and style: register <see cref="ISubmissionAnalyzer"/>s here (none yet;
/// the estimator and the style rules are built elsewhere) and they run after each verdict.
/// </summary>
public static class AnalysisSetup
{
    public static WebApplicationBuilder AddAnalysis(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AnalysisQueue>();
        builder.Services.AddHostedService<AnalysisWorker>();
        return builder;
    }
}
