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
/// never dropped). Pending analyses are picked up again after a restart.
/// </summary>
internal sealed class AnalysisWorker(
    AnalysisQueue queue, GradingQueue grading, ContentBank bank, IServiceScopeFactory scopes, ILogger<AnalysisWorker> logger) : BackgroundService
{
    private static readonly TimeSpan YieldToVerdicts = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan DeferredQuiet = TimeSpan.FromSeconds(2);

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
                await WaitForIdleGraderAsync(quiet, stoppingToken);
                if (await TryAnalyzeAsync(id, stoppingToken)) break;
                // Stopped to make room: try again only after a real lull, not in the next gap
                // between two submissions, or a busy server would start and stop it all day.
                quiet = DeferredQuiet;
            }
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
            logger.LogError(e, "analysis of submission {Id} failed", id);
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
        if (bank.Find(submission.Challenge) is { } challenge && submission.Verdict is { } verdict)
        {
            foreach (var analyzer in queue.Analyzers.Where(a => a.AppliesTo(challenge, submission.Mode, verdict)))
            {
                found[analyzer.Name] = await analyzer.AnalyzeAsync(challenge, submission.Code, cancellationToken);
            }
        }
        submission.AnalysisJson = found.ToJsonString();
        submission.AnalysisStatus = AnalysisStatus.Done;
        await db.SaveChangesAsync(cancellationToken);
    }
}
