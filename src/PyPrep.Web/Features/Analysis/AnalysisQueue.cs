using System.Threading.Channels;
using PyPrep.Core.Content;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// Graded submissions waiting for their slower analyses. Unbounded on purpose: analyses are
/// deferred behind verdicts under load, never dropped, and each entry is only an id.
/// </summary>
public sealed class AnalysisQueue(IEnumerable<ISubmissionAnalyzer> analyzers)
{
    private readonly Channel<Guid> channel = Channel.CreateUnbounded<Guid>();
    private int waiting;

    public IReadOnlyList<ISubmissionAnalyzer> Analyzers { get; } = analyzers.ToList();
    public int Waiting => Volatile.Read(ref waiting);

    public bool AnyApplies(Challenge challenge, SubmissionMode mode, string verdict) =>
        Analyzers.Any(a => a.AppliesTo(challenge, mode, verdict));

    public void Enqueue(Guid id)
    {
        Interlocked.Increment(ref waiting);
        channel.Writer.TryWrite(id);
    }

    internal async ValueTask<Guid> TakeAsync(CancellationToken cancellationToken)
    {
        var id = await channel.Reader.ReadAsync(cancellationToken);
        Interlocked.Decrement(ref waiting);
        return id;
    }
}
