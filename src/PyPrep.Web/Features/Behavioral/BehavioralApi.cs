using System.Text.Json.Nodes;
using PyPrep.Core.Behavioral;
using PyPrep.Core.Content;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// The STAR coach (<c>POST /api/star</c>, the <c>star --json</c> object of DESIGN.md), the prompts
/// (<c>GET /api/behavioral/prompts</c>) and the profile's story bank (<c>/api/stories</c>).
/// </summary>
public static class BehavioralApi
{
    public static WebApplicationBuilder AddBehavioral(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => BehavioralContent.Load(
            services.GetRequiredService<ContentBank>().Root,
            services.GetRequiredService<ILoggerFactory>().CreateLogger("PyPrep.Behavioral")));
        builder.Services.AddScoped<StoryStore>();
        return builder;
    }

    public static WebApplication MapBehavioralApi(this WebApplication app)
    {
        // Analysing an answer changes nothing, so it needs no antiforgery token; storing stories does.
        app.MapPost("/api/star", AnalyzeAsync);
        app.MapGet("/api/behavioral/prompts", (BehavioralContent content) => TypedResults.Ok(StoryJson.Themes(content.Bank)));
        var stories = app.MapGroup("/api/stories");
        stories.MapGet("/", ListAsync);
        stories.MapGet("/{id}", GetAsync);
        stories.MapPost("/", CreateAsync).AddEndpointFilter<AntiforgeryFilter>();
        stories.MapPut("/{id}", UpdateAsync).AddEndpointFilter<AntiforgeryFilter>();
        stories.MapDelete("/{id}", DeleteAsync).AddEndpointFilter<AntiforgeryFilter>();
        return app;
    }

    private static async Task<IResult> AnalyzeAsync(HttpRequest http, BehavioralContent content, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<StarRequest>(http, BehavioralLimits.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        if (BehavioralGuard.Answer(request!.Answer) is { } refused) return refused;
        return TypedResults.Ok(StarReportJson.Build(content.Coach.Analyze(request.Answer!)));
    }

    private static async Task<IResult> ListAsync(StoryStore store, BehavioralContent content, CancellationToken cancellationToken)
    {
        var stories = await store.ListAsync(cancellationToken);
        var bank = new StoryBank(stories.Select(StoryStore.ToCore));
        return TypedResults.Ok(new JsonObject
        {
            ["stories"] = new JsonArray(stories.Select(s => (JsonNode?)StoryJson.Build(s, content)).ToArray()),
            ["unanswered"] = new JsonArray(bank.Unanswered(content.Bank).Select(p => (JsonNode?)p.Id).ToArray()),
        });
    }

    private static async Task<IResult> GetAsync(string id, StoryStore store, BehavioralContent content, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var key) || await store.FindAsync(key, cancellationToken) is not { } story) return Problems.NotFound($"no story '{id}'");
        return TypedResults.Ok(StoryJson.Build(story, content, withReport: true));
    }

    private static async Task<IResult> CreateAsync(HttpRequest http, StoryStore store, BehavioralContent content, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<StoryRequest>(http, BehavioralLimits.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        if (BehavioralGuard.Story(request!, content.Bank) is { } refused) return refused;
        if (await store.CountAsync(cancellationToken) >= BehavioralLimits.MaxStories)
            return Problems.Invalid("stories", $"the story bank holds at most {BehavioralLimits.MaxStories} stories; delete some first");
        var story = await store.CreateAsync(request!, cancellationToken);
        return TypedResults.Created($"/api/stories/{story.Id}", StoryJson.Build(story, content, withReport: true));
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest http, StoryStore store, BehavioralContent content, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var key) || await store.FindAsync(key, cancellationToken) is not { } story) return Problems.NotFound($"no story '{id}'");
        var (request, problem) = await JsonBody.ReadAsync<StoryRequest>(http, BehavioralLimits.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        if (BehavioralGuard.Story(request!, content.Bank) is { } refused) return refused;
        await store.UpdateAsync(story, request!, cancellationToken);
        return TypedResults.Ok(StoryJson.Build(story, content, withReport: true));
    }

    private static async Task<IResult> DeleteAsync(string id, StoryStore store, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var key) || await store.FindAsync(key, cancellationToken) is not { } story) return Problems.NotFound($"no story '{id}'");
        await store.DeleteAsync(story, cancellationToken);
        return TypedResults.NoContent();
    }
}
