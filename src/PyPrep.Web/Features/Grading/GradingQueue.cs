using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Stored submissions waiting for a worker, first come first served. Admission is bounded
/// (<see cref="GradingOptions.MaxQueued"/>) so a flood is refused with 503 instead of growing
/// without limit; submissions recovered at start are always admitted (they are already stored).
/// </summary>
public sealed class GradingQueue(IOptions<GradingOptions> options)
{
    private readonly Channel<GradingTicket> channel = Channel.CreateUnbounded<GradingTicket>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly ConcurrentDictionary<Guid, long> positions = new();
    private long enqueued;
    private long dequeued;
    private int running;

    /// <summary>Submissions waiting for a worker (not counting those being graded).</summary>
    public int Waiting => positions.Count;
    /// <summary>Submissions being graded right now.</summary>
    public int Running => Volatile.Read(ref running);
    public int Workers => options.Value.Workers;
    /// <summary>True when every worker is busy, so a new submission will wait.</summary>
    public bool Saturated => Running >= Workers;

    public bool TryEnqueue(GradingTicket ticket)
    {
        if (Waiting >= options.Value.MaxQueued) return false;
        Enqueue(ticket);
        return true;
    }

    public void Enqueue(GradingTicket ticket)
    {
        positions[ticket.Id] = Interlocked.Increment(ref enqueued);
        channel.Writer.TryWrite(ticket);
    }

    /// <summary>How many submissions are ahead of this one plus one, or null when it is not waiting.</summary>
    public long? PositionOf(Guid id) =>
        positions.TryGetValue(id, out var ticket) ? Math.Max(1, ticket - Volatile.Read(ref dequeued)) : null;

    internal async ValueTask<GradingTicket> TakeAsync(CancellationToken cancellationToken)
    {
        var ticket = await channel.Reader.ReadAsync(cancellationToken);
        if (positions.TryRemove(ticket.Id, out var position)) InterlockedMax(ref dequeued, position);
        Interlocked.Increment(ref running);
        return ticket;
    }

    internal void Finished() => Interlocked.Decrement(ref running);

    private static void InterlockedMax(ref long target, long value)
    {
        for (var current = Volatile.Read(ref target); current < value; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
        }
    }
}
