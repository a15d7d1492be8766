using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PyPrep.Data;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Analysis;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Submissions;

/// <summary><c>POST /api/submissions</c> and <c>GET /api/submissions/{id}</c>.</summary>
public static class SubmissionApi
{
    public static WebApplicationBuilder AddSubmissions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SubmissionIntake>();
        return builder;
    }

    public static WebApplication MapSubmissionApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/submissions");
        api.MapPost("/", SubmitAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapGet("/{id}", GetAsync);
        return app;
    }

    private static async Task<IResult> SubmitAsync(HttpRequest http, SubmissionIntake intake, VerdictWaiters waiters,
        GradingQueue queue, AnalysisQueue analysis, CurrentUser user, IOptions<GradingOptions> options, string? wait = null,
        CancellationToken cancellationToken = default)
    {
        // Bound by hand: a bool parameter answers "?wait=yes" with a bare 400 that names nothing.
        if (!ParseWait(wait, out var waiting)) return Problems.Invalid("wait", $"must be true or false, not \"{wait}\"");
        // JSON escapes can make the body up to six times the code, plus the other fields.
        var (request, problem) = await JsonBody.ReadAsync<SubmissionRequest>(http, intake.MaxCodeBytes * 6L + 16 * 1024, cancellationToken);
        if (problem is not null) return problem;
        if (intake.Guard(request!, out var mode) is { } refused) return refused;

        var submission = await intake.StoreAsync(request!, mode, cancellationToken);
        var verdict = waiting ? waiters.Expect(submission.Id) : null;
        intake.Enqueue(submission);
        var location = $"/api/submissions/{submission.Id}";
        if (verdict is null) return TypedResults.Accepted(location, SubmissionJson.Result(submission, user, queue, analysis));

        // ?wait=true answers as soon as the verdict is stored; complexity and style follow later.
        var timeout = Task.Delay(TimeSpan.FromSeconds(options.Value.WaitSeconds), cancellationToken);
        if (await Task.WhenAny(verdict, timeout) == verdict)
            return TypedResults.Ok(SubmissionJson.Result(await verdict, user, queue, analysis));
        waiters.Forget(submission.Id);
        return TypedResults.Accepted(location, SubmissionJson.Result(submission, user, queue, analysis));
    }

    private static bool ParseWait(string? text, out bool wait)
    {
        wait = false;
        return string.IsNullOrEmpty(text) || bool.TryParse(text, out wait);
    }

    private static async Task<IResult> GetAsync(string id, PyPrepDbContext db, CurrentUser user, GradingQueue queue, AnalysisQueue analysis,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var key)) return Problems.NotFound($"no submission '{id}'");
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, cancellationToken);
        // Someone else's submission answers exactly like a missing one: its existence is not ours to tell.
        if (submission is null || (submission.UserId != user.Id && !user.IsInterviewer)) return Problems.NotFound($"no submission '{id}'");
        return TypedResults.Ok(SubmissionJson.Result(submission, user, queue, analysis));
    }
}
