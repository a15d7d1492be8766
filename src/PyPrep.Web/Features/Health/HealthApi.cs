using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PyPrep.Core.Content;
using PyPrep.Data;
using PyPrep.Web.Features.Analysis;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Health;

/// <summary>
/// <c>GET /healthz</c>: 200 when the database answers and the sandbox can run, 503 otherwise, with
/// the queue's load. "Can run" is what the last real job found: the start-up test job, then every
/// grading (a sandbox that fails to start marks it broken; the check then tries a job again).
/// </summary>
public static class HealthApi
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", CheckAsync).AllowAnonymous();
        return app;
    }

    [AllowAnonymous]
    private static async Task<IResult> CheckAsync(PyPrepDbContext db, SandboxState sandbox, SandboxProbe probe, GradingQueue grading,
        AnalysisQueue analysis, ContentBank bank, IServiceProvider services, CancellationToken cancellationToken)
    {
        await probe.RecheckIfBrokenAsync(cancellationToken);
        var database = await db.Database.CanConnectAsync(cancellationToken);
        var healthy = database && sandbox.IsAvailable;
        var body = new JsonObject
        {
            ["status"] = healthy ? "ok" : "unhealthy",
            ["mode"] = services.Hosting().Mode.ToString().ToLowerInvariant(),
            ["database"] = database,
            ["sandbox"] = sandbox.IsAvailable,
            ["sandbox_problem"] = sandbox.Problem,
            ["challenges"] = bank.Challenges.Count,
            ["grading"] = new JsonObject
            {
                ["workers"] = grading.Workers,
                ["running"] = grading.Running,
                ["waiting"] = grading.Waiting,
                ["saturated"] = grading.Saturated,
            },
            ["analysis_waiting"] = analysis.Waiting,
        };
        return healthy ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
