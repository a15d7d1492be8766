using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Stored submissions waiting for a worker, first come first served. Admission is bounded
/// (<see cref="GradingOptions.MaxQueued"/>) so a flood is refused with 503 instead of growing
/// without limit; submissions recovered at start are always admitted (they are already stored).
/// Admission is one step under a lock (<see cref="TryReserve"/>): requests arriving together cannot
/// all see room for one and all take it.
/// </summary>
public sealed class GradingQueue(IOptions<GradingOptions> options)
{
    private readonly Channel<GradingTicket> channel = Channel.CreateUnbounded<GradingTicket>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly ConcurrentDictionary<Guid, long> positions = new();
    private long enqueued;
    private long dequeued;
    private readonly object admission = new();
    private int reserved;
    private int running;

    /// <summary>Submissions waiting for a worker (not counting those being graded), places reserved for ones being stored included.</summary>
    public int Waiting
    {
        get { lock (admission) return positions.Count + reserved; }
    }
    /// <summary>Submissions being graded right now.</summary>
    public int Running => Volatile.Read(ref running);
    public int Workers => options.Value.Workers;
    /// <summary>True when every worker is busy, so a new submission will wait.</summary>
    public bool Saturated => Running >= Workers;

    /// <summary>Holds a place for a submission about to be stored; false when the queue is full.</summary>
    public bool TryReserve()
    {
        lock (admission)
        {
            if (positions.Count + reserved >= options.Value.MaxQueued) return false;
            reserved++;
            return true;
        }
    }

    /// <summary>Gives back a place <see cref="TryReserve"/> held, when the submission was not stored after all.</summary>
    public void Release()
    {
        lock (admission) reserved--;
    }

    /// <summary>Queues the submission a <see cref="TryReserve"/> place was held for.</summary>
    public void EnqueueReserved(GradingTicket ticket)
    {
        lock (admission)
        {
            reserved--;
            Enqueue(ticket);
        }
    }

    /// <summary>Queues without the bound: submissions already stored (recovered at start, retried after a sandbox failure).</summary>
    public void Enqueue(GradingTicket ticket)
    {
        lock (admission) positions[ticket.Id] = Interlocked.Increment(ref enqueued);
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
