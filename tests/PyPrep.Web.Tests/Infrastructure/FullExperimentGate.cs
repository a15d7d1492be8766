using Microsoft.Extensions.DependencyInjection;
using PyPrep.Web.Features.Grading;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Holds every turn of a server's <see cref="ExperimentGate"/> and fills its waiting line, until disposed.</summary>
public sealed class FullExperimentGate : IAsyncDisposable
{
    private readonly List<IDisposable> turns;
    private readonly List<Task<IDisposable?>> waiters;

    private FullExperimentGate(List<IDisposable> turns, List<Task<IDisposable?>> waiters)
    {
        this.turns = turns;
        this.waiters = waiters;
    }

    public static async Task<FullExperimentGate> FillAsync(IServiceProvider services)
    {
        var gate = services.GetRequiredService<ExperimentGate>();
        var turns = new List<IDisposable>();
        for (var i = 0; i < gate.Running; i++) turns.Add((await gate.EnterAsync(CancellationToken.None))!);
        var waiters = Enumerable.Range(0, gate.MaxWaiting).Select(_ => gate.EnterAsync(CancellationToken.None)).ToList();
        Assert.All(waiters, w => Assert.False(w.IsCompleted, "a waiter got a turn while every turn was held"));
        return new FullExperimentGate(turns, waiters);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var turn in turns) turn.Dispose();
        await DrainAsync(waiters);
    }

    /// <summary>Gives back each waiter's turn as it comes, whatever order the gate serves them in.</summary>
    public static async Task DrainAsync(List<Task<IDisposable?>> waiters)
    {
        while (waiters.Count > 0)
        {
            var served = await Task.WhenAny(waiters).WaitAsync(TimeSpan.FromSeconds(10));
            waiters.Remove(served);
            (await served)?.Dispose();
        }
    }
}
