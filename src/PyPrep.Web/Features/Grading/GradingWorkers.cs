using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PyPrep.Core.Running;
using PyPrep.Data;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// The bounded pool of grading workers (<see cref="GradingOptions.Workers"/>), fed by the
/// <see cref="GradingQueue"/>. At start, submissions stored but never graded (the server stopped
/// or crashed) are queued again, oldest first. A submission the sandbox could not run (it failed to
/// start) goes back to the queue after a back-off of 1, 2, 4 ... up to 60 seconds.
/// </summary>
internal sealed class GradingWorkers(
    GradingQueue queue, TicketGrading grading, SandboxState sandbox, IOptions<GradingOptions> options,
    IServiceScopeFactory scopes, ILogger<GradingWorkers> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<Guid, int> failures = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sandbox.Installed) return;
        try { await RecoverAsync(stoppingToken); }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; } // stopped during start

        var workers = Enumerable.Range(0, options.Value.Workers).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
        var unfinished = await db.Submissions.Where(s => s.Status != SubmissionStatus.Done)
            .OrderBy(s => s.CreatedUtc)
            .Select(s => new GradingTicket(s.Id, s.Challenge, s.Code, s.Mode))
            .ToListAsync(cancellationToken);
        foreach (var ticket in unfinished) queue.Enqueue(ticket);
        if (unfinished.Count > 0) logger.LogInformation("grading {Count} submissions left unfinished by the last run", unfinished.Count);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            GradingTicket ticket;
            try { ticket = await queue.TakeAsync(stoppingToken); }
            catch (OperationCanceledException) { return; }
            try
            {
                await grading.GradeAsync(ticket, stoppingToken);
                failures.TryRemove(ticket.Id, out _);
            }
            catch (SandboxUnavailableException e)
            {
                await RetryLaterAsync(ticket, e, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // stays queued in the database and is graded after the restart
            }
            catch (Exception e)
            {
                logger.LogError(e, "storing the result of submission {Id} failed", ticket.Id);
            }
            finally
            {
                queue.Finished();
            }
        }
    }

    private async Task RetryLaterAsync(GradingTicket ticket, SandboxUnavailableException e, CancellationToken stoppingToken)
    {
        var attempt = failures.AddOrUpdate(ticket.Id, 1, (_, n) => n + 1);
        var delay = TimeSpan.FromSeconds(Math.Min(MaxBackOff.TotalSeconds, Math.Pow(2, attempt - 1)));
        logger.LogWarning("the sandbox could not grade submission {Id} (attempt {Attempt}), retrying in {Delay}: {Problem}",
            ticket.Id, attempt, delay, e.Message);
        try
        {
            await grading.RequeueAsync(ticket.Id, stoppingToken);
        }
        catch (Exception stored) when (stored is not OperationCanceledException)
        {
            logger.LogError(stored, "marking submission {Id} queued again failed", ticket.Id);
        }
        // Off the worker's path: the worker takes other submissions meanwhile (they wait the same way
        // while the sandbox stays broken). A stop cancels the delay; the restart grades it from the database.
        _ = Task.Delay(delay, stoppingToken).ContinueWith(waited =>
        {
            if (!waited.IsCanceled) queue.Enqueue(ticket);
        }, TaskScheduler.Default);
    }
}
