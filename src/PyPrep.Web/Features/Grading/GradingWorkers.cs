using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PyPrep.Data;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// The bounded pool of grading workers (<see cref="GradingOptions.Workers"/>), fed by the
/// <see cref="GradingQueue"/>. At start, submissions stored but never graded (the server stopped
/// or crashed) are queued again, oldest first.
/// </summary>
internal sealed class GradingWorkers(
    GradingQueue queue, TicketGrading grading, SandboxState sandbox, IOptions<GradingOptions> options,
    IServiceScopeFactory scopes, ILogger<GradingWorkers> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sandbox.IsAvailable) return;
        await RecoverAsync(stoppingToken);
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
}
