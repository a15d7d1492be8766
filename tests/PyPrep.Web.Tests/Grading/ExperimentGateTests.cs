using Microsoft.Extensions.Options;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Grading;

/// <summary>Scratch runs and spot-the-bug fixes take turns: half the workers at once, a short waiting line, then "busy".</summary>
public sealed class ExperimentGateTests
{
    private static ExperimentGate Gate(int workers) => new(Options.Create(new GradingOptions { Workers = workers }));

    [Fact]
    public void Half_the_grading_workers_run_experiments_at_once_and_four_times_that_may_wait()
    {
        Assert.Equal(1, Gate(1).Running);
        Assert.Equal(2, Gate(4).Running);
        Assert.Equal(8, Gate(4).MaxWaiting);
    }

    [Fact]
    public async Task Past_the_waiting_line_a_caller_is_turned_away_at_once_and_a_released_turn_goes_to_one_waiter()
    {
        var gate = Gate(2);
        var held = await gate.EnterAsync(CancellationToken.None);
        var waiters = Enumerable.Range(0, gate.MaxWaiting).Select(_ => gate.EnterAsync(CancellationToken.None)).ToList();

        var turnedAway = gate.EnterAsync(CancellationToken.None);

        Assert.NotNull(held);
        Assert.True(turnedAway.IsCompleted);
        Assert.Null(await turnedAway);
        Assert.DoesNotContain(waiters, w => w.IsCompleted);

        held!.Dispose();
        held.Dispose(); // a second dispose must not free a second turn
        var served = await Task.WhenAny(waiters).WaitAsync(TimeSpan.FromSeconds(5));
        var next = await served;
        Assert.NotNull(next);
        Assert.Equal(1, waiters.Count(w => w.IsCompleted));
        // One place in the line is free again.
        var another = gate.EnterAsync(CancellationToken.None);
        Assert.False(another.IsCompleted);

        next!.Dispose();
        await FullExperimentGate.DrainAsync(waiters.Where(w => w != served).Append(another).ToList());
    }

    [Fact]
    public async Task A_caller_that_gives_up_while_waiting_leaves_the_line()
    {
        var gate = Gate(2);
        var held = await gate.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiters = Enumerable.Range(0, gate.MaxWaiting).Select(_ => gate.EnterAsync(cancel.Token)).ToList();

        await cancel.CancelAsync();
        foreach (var waiter in waiters) await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);

        var waiting = gate.EnterAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        held!.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5)))!.Dispose();
    }
}
