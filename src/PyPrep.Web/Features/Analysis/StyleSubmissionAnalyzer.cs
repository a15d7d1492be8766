using System.Text.Json.Nodes;
using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Running;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Analysis;

/// <summary>The style findings (issue 5) for every submission that parsed: the "style" array of the result.</summary>
internal sealed class StyleSubmissionAnalyzer(ICodeRunner runner) : ISubmissionAnalyzer
{
    private readonly StyleAnalyzer analyzer = new(runner);

    public string Name => "style";

    public bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict) => verdict != "syntax_error";

    public async Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken) =>
        StyleJson.Build((await analyzer.AnalyzeAsync(code, cancellationToken)).Findings);
}
