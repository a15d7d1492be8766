using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PyPrep.Core.Content;
using PyPrep.Data;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Grading;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// Runs the slower analyses one submission at a time, only while the grader is idle, at the lowest
/// CPU priority: under load, verdicts never wait for complexity measurements. One that is running
/// when submissions start to queue is stopped and started again once the queue is empty (deferred,
/// never dropped). Pending analyses are picked up again after a restart. An analysis that throws,
/// overruns <see cref="AttemptLimit"/> or whose challenge left the bank ends <c>failed</c> with a
/// short reason, so the page never shows "measuring" for ever.
/// </summary>
internal sealed class AnalysisWorker(
    AnalysisQueue queue, GradingQueue grading, ContentBank bank, IServiceScopeFactory scopes, ILogger<AnalysisWorker> logger) : BackgroundService
{
    private static readonly TimeSpan YieldToVerdicts = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan DeferredQuiet = TimeSpan.FromSeconds(2);
    // Far above a measurement's own sandbox deadlines (a few seconds each, references once per
    // machine): only a hang gets here, and one analysis at a time means a hang would stall them all.
    internal static readonly TimeSpan AttemptLimit = TimeSpan.FromMinutes(5);
    private const int MaxReasonChars = 300;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (queue.Analyzers.Count == 0) return;
        await RecoverAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var id = await queue.TakeAsync(stoppingToken);
            var quiet = TimeSpan.Zero;
            while (true)
            {
                queue.MarkRunning(false);
                await WaitForIdleGraderAsync(quiet, stoppingToken);
                queue.MarkRunning(true);
                if (await TryAnalyzeAsync(id, stoppingToken)) break;
                // Stopped to make room: try again only after a real lull, not in the next gap
                // between two submissions, or a busy server would start and stop it all day.
                quiet = DeferredQuiet;
            }
            queue.Finished();
        }
    }

    /// <summary>Returns once nothing has been waiting for or being graded for at least <paramref name="quiet"/>.</summary>
    private async Task WaitForIdleGraderAsync(TimeSpan quiet, CancellationToken stoppingToken)
    {
        var idleSince = DateTime.UtcNow;
        while (true)
        {
            if (grading.Waiting > 0 || grading.Running > 0) idleSince = DateTime.UtcNow;
            else if (DateTime.UtcNow - idleSince >= quiet) return;
            await Task.Delay(YieldToVerdicts, stoppingToken);
        }
    }

    /// <summary>False when submissions queued up meanwhile and the analysis was stopped to make room.</summary>
    private async Task<bool> TryAnalyzeAsync(Guid id, CancellationToken stoppingToken)
    {
        using var backlog = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var watch = WatchForBacklogAsync(backlog);
        try
        {
            await AnalyzeAsync(id, backlog.Token);
            return true;
        }
        catch (OperationCanceledException) when (backlog.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("analysis of submission {Id} deferred: submissions are waiting", id);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not an analyzer (those are caught one by one): storing the result itself failed.
            logger.LogError(e, "analysis of submission {Id} failed", id);
            await MarkFailedAsync(id, "the result could not be stored on the server", stoppingToken);
            return true;
        }
        finally
        {
            await backlog.CancelAsync();
            await watch;
        }
    }

    private async Task WatchForBacklogAsync(CancellationTokenSource analysis)
    {
        try
        {
            while (grading.Waiting == 0) await Task.Delay(YieldToVerdicts, analysis.Token);
            await analysis.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The analysis finished (or the server is stopping).
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
        var pending = await db.Submissions.Where(s => s.AnalysisStatus == AnalysisStatus.Pending && s.Status == SubmissionStatus.Done)
            .OrderBy(s => s.CreatedUtc).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in pending) queue.Enqueue(id);
    }

    private async Task AnalyzeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null || submission.AnalysisStatus != AnalysisStatus.Pending) return;
        var found = new JsonObject();
        var failed = false;
        if (bank.Find(submission.Challenge) is not { } challenge || submission.Verdict is not { } verdict)
        {
            // Abandoned: nothing left to measure against. Say so rather than leave it pending.
            foreach (var analyzer in queue.Analyzers) found[analyzer.Name] = Failed($"challenge '{submission.Challenge}' is no longer in the bank");
            failed = true;
        }
        else
        {
            foreach (var analyzer in queue.Analyzers.Where(a => a.AppliesTo(challenge, submission.Mode, verdict)))
            {
                var (result, reason) = await RunAnalyzerAsync(analyzer, challenge, submission, cancellationToken);
                found[analyzer.Name] = reason is null ? result : Failed(reason);
                failed |= reason is not null || (result is JsonObject o && (string?)o["status"] == "failed");
            }
        }
        submission.AnalysisJson = found.ToJsonString();
        submission.AnalysisStatus = failed ? AnalysisStatus.Failed : AnalysisStatus.Done;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One analyzer's result, or why it failed. Being stopped to make room (or the server stopping) is not a failure: that propagates.</summary>
    private async Task<(JsonNode? Result, string? Reason)> RunAnalyzerAsync(ISubmissionAnalyzer analyzer, Challenge challenge, Submission submission,
        CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(AttemptLimit);
        try
        {
            return (await analyzer.AnalyzeAsync(challenge, submission.Code, limit.Token), null);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("{Analysis} of submission {Id} overran {Limit} and was abandoned", analyzer.Name, submission.Id, AttemptLimit);
            return (null, $"the measurement took longer than {AttemptLimit.TotalMinutes:0} minutes and was stopped");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Analysis} of submission {Id} failed", analyzer.Name, submission.Id);
            return (null, "the measurement failed on the server (not because of your code): " + e.Message);
        }
    }

    /// <summary>The object a failed analysis leaves in the result: <c>status</c> "failed" and a short <c>reason</c>.</summary>
    internal static JsonObject Failed(string reason) => new() { ["status"] = "failed", ["reason"] = Reason(reason) };

    /// <summary>A reason short enough for a status line: the first line, at most <see cref="MaxReasonChars"/> characters.</summary>
    internal static string Reason(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= MaxReasonChars ? line : line[..(MaxReasonChars - 1)] + "…";
    }

    private async Task MarkFailedAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
            var json = new JsonObject();
            foreach (var analyzer in queue.Analyzers) json[analyzer.Name] = Failed(reason);
            await db.Submissions.Where(s => s.Id == id && s.AnalysisStatus == AnalysisStatus.Pending).ExecuteUpdateAsync(update => update
                .SetProperty(s => s.AnalysisStatus, AnalysisStatus.Failed)
                .SetProperty(s => s.AnalysisJson, json.ToJsonString()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database itself is failing; the submission stays pending and is retried after a restart.
            logger.LogError(e, "could not mark the analysis of submission {Id} failed", id);
        }
    }
}
