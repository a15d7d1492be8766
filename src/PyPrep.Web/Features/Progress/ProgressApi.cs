using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Progress;

/// <summary>Progressive hints, giving up, the walkthrough (after solving or giving up) and the dashboard numbers.</summary>
public static class ProgressApi
{
    public static WebApplicationBuilder AddProgress(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProgressQueries>();
        return builder;
    }

    public static WebApplication MapProgressApi(this WebApplication app)
    {
        var challenge = app.MapGroup("/api/challenges/{slug}");
        challenge.MapPost("/hints", RevealHintAsync).AddEndpointFilter<AntiforgeryFilter>();
        challenge.MapPost("/give-up", GiveUpAsync).AddEndpointFilter<AntiforgeryFilter>();
        challenge.MapGet("/walkthrough", WalkthroughAsync);
        app.MapGet("/api/progress", DashboardAsync);
        return app;
    }

    /// <summary>Reveals one more hint and answers with all revealed so far.</summary>
    private static async Task<IResult> RevealHintAsync(string slug, ContentBank bank, ProgressQueries progress, CurrentUser user,
        MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        if (bank.Find(slug) is not { } challenge) return Problems.NotFound($"unknown challenge '{slug}'");
        var row = await progress.TrackAsync(user.RequiredId, slug, cancellationToken);
        row.HintsRevealed = Math.Min(row.HintsRevealed + 1, challenge.Hints.Count);
        await progress.SaveAsync(cancellationToken);
        return TypedResults.Ok(Hints(challenge, row.HintsRevealed, markdown));
    }

    private static async Task<IResult> GiveUpAsync(string slug, ContentBank bank, ProgressQueries progress, CurrentUser user,
        MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        if (bank.Find(slug) is not { } challenge) return Problems.NotFound($"unknown challenge '{slug}'");
        var row = await progress.TrackAsync(user.RequiredId, slug, cancellationToken);
        row.GaveUp = true;
        await progress.SaveAsync(cancellationToken);
        return TypedResults.Ok(Walkthrough(challenge, markdown));
    }

    private static async Task<IResult> WalkthroughAsync(string slug, ContentBank bank, ProgressQueries progress, CurrentUser user,
        MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        if (bank.Find(slug) is not { } challenge) return Problems.NotFound($"unknown challenge '{slug}'");
        if (!user.IsInterviewer && !await progress.WalkthroughUnlockedAsync(user.RequiredId, slug, cancellationToken))
            return Problems.Forbidden("the walkthrough unlocks once you solve the challenge or give up on it (POST .../give-up)");
        return TypedResults.Ok(Walkthrough(challenge, markdown));
    }

    private static async Task<IResult> DashboardAsync(ContentBank bank, ProgressQueries progress, CurrentUser user, CancellationToken cancellationToken)
    {
        var solved = await progress.SolvedAsync(user.RequiredId, cancellationToken);
        var attempted = await progress.AttemptedAsync(user.RequiredId, cancellationToken);
        static JsonArray Rows(IEnumerable<ProgressBreakdown> rows) => new(rows.Select(r => (JsonNode)new JsonObject
        {
            ["group"] = r.Group, ["solved"] = r.Solved, ["attempted"] = r.Attempted, ["total"] = r.Total,
        }).ToArray());
        return TypedResults.Ok(new JsonObject
        {
            ["solved"] = solved.Count,
            ["total"] = bank.Challenges.Count,
            ["by_topic"] = Rows(ProgressBreakdown.ByTopic(bank.Challenges, solved, attempted)),
            ["by_difficulty"] = Rows(ProgressBreakdown.ByDifficulty(bank.Challenges, solved, attempted)),
        });
    }

    internal static JsonObject Hints(Challenge challenge, int revealed, MarkdownRenderer markdown) => new()
    {
        ["revealed"] = revealed,
        ["total"] = challenge.Hints.Count,
        ["hints"] = new JsonArray(challenge.Hints.Take(revealed).Select(h => (JsonNode)markdown.ToHtml(h)).ToArray()),
    };

    private static JsonObject Walkthrough(Challenge challenge, MarkdownRenderer markdown) => new()
    {
        ["challenge"] = challenge.Slug,
        ["walkthrough_html"] = markdown.ToHtml(challenge.Walkthrough),
    };
}
