using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PyPrep.Core.Content;
using PyPrep.Core.Running;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Scratch;

/// <summary>
/// <c>POST /api/scratch</c>: runs the solution followed by the candidate's own test calls as a
/// script in the sandbox and answers with what it printed ("state assumptions, write tests").
/// Nothing is stored or judged; runs take turns at the <see cref="ExperimentGate"/>.
/// </summary>
public static class ScratchApi
{
    public static WebApplication MapScratchApi(this WebApplication app)
    {
        app.MapPost("/api/scratch", RunAsync).AddEndpointFilter<AntiforgeryFilter>();
        return app;
    }

    private static async Task<IResult> RunAsync(HttpRequest http, ContentBank bank, ICodeRunner runner, ExperimentGate gate, SandboxState sandbox,
        IOptions<HostingOptions> hosting, CancellationToken cancellationToken)
    {
        var max = hosting.Value.MaxCodeBytes;
        var (request, problem) = await JsonBody.ReadAsync<ScratchRequest>(http, max * 12L + 16 * 1024, cancellationToken);
        if (problem is not null) return problem;
        if (request!.Challenge is not { } slug || bank.Find(slug) is not { } challenge) return Problems.Invalid("challenge", $"unknown challenge '{request.Challenge}'");
        var program = (request.Code ?? "") + "\n\n# --- your test calls ---\n" + (request.Scratch ?? "");
        if (Encoding.UTF8.GetByteCount(program) > 2 * max) return Problems.TooLarge($"code and test calls are larger than {2 * max} bytes");
        if (!sandbox.IsAvailable) return Problems.Unavailable("the sandbox cannot run on this machine: " + sandbox.Problem, 60);

        var job = new JsonObject
        {
            ["mode"] = "script",
            ["code"] = program,
            ["case_seconds"] = Math.Max(challenge.Limits.CaseSeconds, 2),
            ["stdout_chars"] = challenge.Limits.OutputKb * 1024 / 8,
        };
        RunOutcome outcome;
        using (var turn = await gate.EnterAsync(cancellationToken))
        {
            if (turn is null) return ExperimentGate.Busy();
            outcome = await runner.RunAsync(new RunRequest(job, challenge.Limits), cancellationToken);
        }

        var record = outcome.Find("script");
        var body = new JsonObject
        {
            ["stdout"] = record is { } r && r.Body.TryGetProperty("stdout", out var stdout) ? stdout.GetString() : outcome.Output,
            ["error"] = null,
            ["time_ms"] = Math.Round(outcome.ElapsedMs, 1),
        };
        if (record is { } found && found.Body.TryGetProperty("error", out var error) && error.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            var type = error.TryGetProperty("type", out var t) ? t.GetString() : "Error";
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : "";
            var traceback = error.TryGetProperty("traceback", out var tb) ? tb.GetString() : "";
            body["error"] = $"{type}: {message}".TrimEnd(' ', ':') + (string.IsNullOrWhiteSpace(traceback) ? "" : "\n" + traceback.TrimEnd());
        }
        else if (record is null)
        {
            body["error"] = outcome.Termination == Termination.Exited ? "the run ended without a report" : $"stopped: {outcome.Termination}";
        }
        return TypedResults.Ok(body);
    }
}
