using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;
using PyPrep.Data;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Analysis;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Grades one stored submission: mark it running, run it through the real <see cref="Grader"/>,
/// store the result, wake whoever waits for the verdict, then queue the slower analyses. When the
/// sandbox itself cannot start, nothing is stored: <see cref="SandboxUnavailableException"/> goes to
/// the worker, which puts the submission back in the queue.
/// </summary>
internal sealed class TicketGrading(
    ContentBank bank, Grader grader, VerdictWaiters waiters, AnalysisQueue analysis, SandboxState sandbox, IServiceScopeFactory scopes,
    ILogger<TicketGrading> logger)
{
    public async Task GradeAsync(GradingTicket ticket, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
        await MarkRunningAsync(db, ticket.Id, cancellationToken);
        var (result, verdict, passed, total) = await RunAsync(ticket, cancellationToken);
        var analysisPending = bank.Find(ticket.Challenge) is { } challenge && verdict is not null
            && analysis.AnyApplies(challenge, ticket.Mode, verdict);

        var submission = await db.Submissions.SingleAsync(s => s.Id == ticket.Id, cancellationToken);
        submission.Status = SubmissionStatus.Done;
        submission.ResultJson = result.ToJsonString();
        submission.Verdict = verdict;
        submission.Passed = passed;
        submission.Total = total;
        submission.FinishedUtc = DateTime.UtcNow;
        submission.AnalysisStatus = analysisPending ? AnalysisStatus.Pending : AnalysisStatus.None;
        await db.SaveChangesAsync(cancellationToken);

        waiters.Done(submission);
        if (analysisPending) analysis.Enqueue(submission.Id);
    }

    /// <summary>Back to queued after the sandbox failed it, so a restart grades it too.</summary>
    public async Task RequeueAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
        await db.Submissions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.Status, SubmissionStatus.Queued), cancellationToken);
    }

    private static Task MarkRunningAsync(PyPrepDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Submissions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.Status, SubmissionStatus.Running), cancellationToken);

    private async Task<(JsonObject Result, string? Verdict, int? Passed, int? Total)> RunAsync(GradingTicket ticket, CancellationToken cancellationToken)
    {
        if (bank.Find(ticket.Challenge) is not { } challenge)
            return (Failure(ticket, $"challenge '{ticket.Challenge}' is no longer in the bank"), null, null, null);
        try
        {
            var mode = ticket.Mode == SubmissionMode.Run ? GradingMode.Run : GradingMode.Submit;
            var run = await grader.GradeAsync(challenge, ticket.Code, mode, cancellationToken);
            sandbox.Works();
            var style = run.Style is { Findings: var findings } ? StyleJson.Build(findings) : null;
            return (GradingRunJson.Build(run, style: style), VerdictNames.Name(run.Verdict), run.Passed, run.Total);
        }
        catch (SandboxUnavailableException e)
        {
            // The machine's fault, not the code's: no verdict is stored; the worker queues it again.
            sandbox.Broken(e.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault of the server, not of the candidate's code: say so instead of inventing a verdict.
            logger.LogError(e, "grading submission {Id} failed", ticket.Id);
            return (Failure(ticket, "the grader failed on the server (not because of your code): " + e.Message), null, null, null);
        }
    }

    private static JsonObject Failure(GradingTicket ticket, string message) => new()
    {
        ["challenge"] = ticket.Challenge,
        ["verdict"] = null,
        ["passed"] = 0,
        ["total"] = 0,
        ["cases"] = new JsonArray(),
        ["complexity"] = null,
        ["style"] = new JsonArray(),
        ["error"] = message,
    };
}
