using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Design;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Design;

/// <summary>
/// System design practice: the scenarios (<c>GET /api/design</c>, <c>GET /api/design/{slug}</c>), the
/// profile's worksheet for each (<c>GET</c>/<c>PUT /api/design/{slug}/worksheet</c>, which answers with
/// its rubric coverage), coverage without saving (<c>POST /api/design/{slug}/coverage</c>) and the
/// reference design with its diagram (<c>GET /api/design/{slug}/reference</c>).
/// </summary>
public static class DesignApi
{
    public static WebApplicationBuilder AddDesign(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => DesignContent.Load(
            services.GetRequiredService<ContentBank>().Root,
            services.GetRequiredService<ILoggerFactory>().CreateLogger("PyPrep.Design")));
        builder.Services.AddScoped<WorksheetStore>();
        return builder;
    }

    public static WebApplication MapDesignApi(this WebApplication app)
    {
        var design = app.MapGroup("/api/design");
        design.MapGet("/", ListAsync);
        design.MapGet("/{slug}", Detail);
        design.MapGet("/{slug}/reference", Reference);
        design.MapGet("/{slug}/worksheet", GetWorksheetAsync);
        design.MapPut("/{slug}/worksheet", SaveWorksheetAsync).AddEndpointFilter<AntiforgeryFilter>();
        // Judging a worksheet stores nothing, so it needs no antiforgery token.
        design.MapPost("/{slug}/coverage", CoverageAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(DesignContent content, WorksheetStore store, CancellationToken cancellationToken)
    {
        var saved = await store.AllAsync(cancellationToken);
        return TypedResults.Ok(new JsonArray(content.Bank.Scenarios
            .Select(s => (JsonNode?)DesignJson.Summary(s, saved.GetValueOrDefault(s.Slug))).ToArray()));
    }

    private static IResult Detail(string slug, DesignContent content) =>
        content.Bank.Find(slug) is { } scenario ? TypedResults.Ok(DesignJson.Detail(scenario)) : Unknown(slug);

    private static IResult Reference(string slug, DesignContent content, MarkdownRenderer markdown)
    {
        if (content.Bank.Find(slug) is not { } scenario) return Unknown(slug);
        return TypedResults.Ok(new JsonObject
        {
            ["scenario"] = slug,
            ["reference_html"] = markdown.ToHtml(scenario.Reference),
            ["diagram_svg"] = DiagramSvg.Render(scenario.Diagram, scenario.Title),
        });
    }

    private static async Task<IResult> GetWorksheetAsync(string slug, DesignContent content, WorksheetStore store, CancellationToken cancellationToken)
    {
        if (content.Bank.Find(slug) is not { } scenario) return Unknown(slug);
        var saved = await store.FindAsync(slug, cancellationToken);
        var worksheet = saved is null ? new Worksheet(slug, new Dictionary<string, string>()) : WorksheetStore.ToCore(saved);
        return TypedResults.Ok(DesignJson.Worksheet(scenario, worksheet, saved?.UpdatedUtc));
    }

    private static async Task<IResult> SaveWorksheetAsync(string slug, HttpRequest http, DesignContent content, WorksheetStore store,
        CancellationToken cancellationToken)
    {
        if (content.Bank.Find(slug) is not { } scenario) return Unknown(slug);
        var (request, problem) = await JsonBody.ReadAsync<WorksheetRequest>(http, DesignLimits.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        var (worksheet, refused) = WorksheetGuard.Read(slug, request!);
        if (refused is not null) return refused;
        var saved = await store.SaveAsync(worksheet!, cancellationToken);
        return TypedResults.Ok(DesignJson.Worksheet(scenario, worksheet!, saved.UpdatedUtc));
    }

    private static async Task<IResult> CoverageAsync(string slug, HttpRequest http, DesignContent content, CancellationToken cancellationToken)
    {
        if (content.Bank.Find(slug) is not { } scenario) return Unknown(slug);
        var (request, problem) = await JsonBody.ReadAsync<WorksheetRequest>(http, DesignLimits.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        var (worksheet, refused) = WorksheetGuard.Read(slug, request!);
        if (refused is not null) return refused;
        return TypedResults.Ok(CoverageReportJson.Build(RubricCoverage.Evaluate(scenario, worksheet!)));
    }

    private static IResult Unknown(string slug) => Problems.NotFound($"no design scenario '{slug}' (see GET /api/design)");
}
