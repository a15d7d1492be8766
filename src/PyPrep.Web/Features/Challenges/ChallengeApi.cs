using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Features.Progress;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Challenges;

/// <summary><c>GET /api/challenges</c> (with the list's filters), one challenge, and its submission history.</summary>
public static class ChallengeApi
{
    public const int HistorySize = 50;

    public static WebApplication MapChallengeApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/challenges");
        api.MapGet("/", ListAsync);
        api.MapGet("/{slug}", GetAsync);
        api.MapGet("/{slug}/submissions", HistoryAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(ContentBank bank, ProgressQueries progress, CurrentUser user, string? q, string? topic,
        string? difficulty, string? level, string? status, string? pattern, string? role, CancellationToken cancellationToken)
    {
        var filter = new ChallengeFilter(q, topic, difficulty, level, status, pattern, role);
        if (filter.Problem() is { } problem) return Problems.Invalid(problem.Field, problem.Message);
        var solved = await progress.SolvedAsync(user.RequiredId, cancellationToken);
        return TypedResults.Ok(new JsonArray(filter.Apply(bank.Challenges, solved)
            .Select(c => (JsonNode)ChallengeJson.Summary(c, solved.Contains(c.Slug))).ToArray()));
    }

    private static async Task<IResult> GetAsync(string slug, ContentBank bank, ProgressQueries progress, CurrentUser user,
        MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        if (bank.Find(slug) is not { } challenge) return Problems.NotFound($"unknown challenge '{slug}'");
        var solved = await progress.IsSolvedAsync(user.RequiredId, slug, cancellationToken);
        var row = await progress.ForAsync(user.RequiredId, slug, cancellationToken);
        return TypedResults.Ok(ChallengeJson.Detail(challenge, solved, solved || row?.GaveUp == true || user.IsInterviewer,
            row?.HintsRevealed ?? 0, markdown));
    }

    /// <summary>The caller's own submissions to a challenge, newest first, with their code.</summary>
    private static async Task<IResult> HistoryAsync(string slug, ContentBank bank, ProgressQueries progress, CurrentUser user,
        CancellationToken cancellationToken)
    {
        if (bank.Find(slug) is null) return Problems.NotFound($"unknown challenge '{slug}'");
        var history = await progress.HistoryAsync(user.RequiredId, slug, HistorySize, cancellationToken);
        return TypedResults.Ok(new JsonArray(history.Select(s => (JsonNode)SubmissionJson.HistoryEntry(s)).ToArray()));
    }
}
