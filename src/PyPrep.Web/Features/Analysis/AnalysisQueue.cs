using System.Collections.Concurrent;
using System.Threading.Channels;
using PyPrep.Core.Content;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Grading;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// Graded submissions waiting for their slower analyses. Unbounded on purpose: analyses are
/// deferred behind verdicts under load, never dropped, and each entry is only an id. It also
/// knows where each one is (<see cref="StageOf"/>), so the API can tell "deferred because of
/// load" from "running".
/// </summary>
public sealed class AnalysisQueue(IEnumerable<ISubmissionAnalyzer> analyzers, GradingQueue grading)
{
    private readonly Channel<Guid> channel = Channel.CreateUnbounded<Guid>();
    private readonly ConcurrentDictionary<Guid, long> positions = new();
    private long enqueued;
    private long taken;
    private readonly Lock gate = new();
    private Guid current;
    private bool currentRunning;

    public IReadOnlyList<ISubmissionAnalyzer> Analyzers { get; } = analyzers.ToList();
    public int Waiting => positions.Count;

    public bool AnyApplies(Challenge challenge, SubmissionMode mode, string verdict) =>
        Analyzers.Any(a => a.AppliesTo(challenge, mode, verdict));

    public void Enqueue(Guid id)
    {
        positions[id] = Interlocked.Increment(ref enqueued);
        channel.Writer.TryWrite(id);
    }

    /// <summary>Where a pending analysis is, or null when this server does not hold it (another node's, or finished).</summary>
    public AnalysisStage? StageOf(Guid id)
    {
        Guid head;
        bool headRunning;
        lock (gate) (head, headRunning) = (current, currentRunning);
        if (head == id) return new AnalysisStage(headRunning ? AnalysisStage.Running : AnalysisStage.Deferred, null);
        if (!positions.TryGetValue(id, out var ticket)) return null;
        var position = Math.Max(1, ticket - Volatile.Read(ref taken));
        // Behind a held-back analysis, or while verdicts are being graded, it waits because of load too.
        var held = (head != Guid.Empty && !headRunning) || grading.Waiting > 0 || grading.Running > 0;
        return new AnalysisStage(held ? AnalysisStage.Deferred : AnalysisStage.Queued, position);
    }

    internal async ValueTask<Guid> TakeAsync(CancellationToken cancellationToken)
    {
        var id = await channel.Reader.ReadAsync(cancellationToken);
        lock (gate) (current, currentRunning) = (id, false);
        if (positions.TryRemove(id, out var ticket)) Volatile.Write(ref taken, ticket);
        return id;
    }

    /// <summary>The worker's analysis is being measured (true) or held back for verdicts (false).</summary>
    internal void MarkRunning(bool running)
    {
        lock (gate) currentRunning = running;
    }

    internal void Finished()
    {
        lock (gate) (current, currentRunning) = (Guid.Empty, false);
    }
}
