using System.Diagnostics;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;

namespace PyPrep.Sandbox.Tests.Support;

/// <summary>
/// Grades an honest and a wrong submission, over and over, in the shared pool while the sandbox
/// tests (the attacks among them) run: each must keep its verdict and arrive within
/// <see cref="Bound"/> (security.md: "an honest submission graded alongside keeps its correct
/// verdict"). The fixture checks every grading when the collection ends; a test can check the
/// gradings that overlapped its attacks.
/// </summary>
public sealed class BackgroundGrading
{
    /// <summary>Generous for a loaded 2-core machine; alone, each of these takes a few hundred ms at most.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Between rounds, so the background load stays light (about a fifth of one core).</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    // Limits of their own give these submissions warm slots of their own (slots are pooled per
    // limit profile), so they never take the slot a test is about to use; the wall limit is above
    // the bound, so a slow grading is measured rather than cut off.
    private static readonly Challenge Challenge = TestChallenges.Double(new ResourceLimits { CaseSeconds = 2, CpuSeconds = 4, WallSeconds = 10 });

    private readonly CancellationTokenSource stopping = new();
    private readonly object gate = new();
    private readonly List<Grading> gradings = [];
    private long? inFlightSince;
    private Task loop = Task.CompletedTask;

    /// <summary>One background grading; times are <see cref="Stopwatch.GetTimestamp"/> values.</summary>
    public sealed record Grading(string Submission, Verdict Expected, string Got, long Started, long Ended)
    {
        public TimeSpan Took => Stopwatch.GetElapsedTime(Started, Ended);
        public bool Right => Got == Expected.ToString() && Took <= Bound;
        public override string ToString() => $"{Submission}: expected {Expected}, got {Got} in {Took.TotalMilliseconds:F0} ms";
    }

    public static BackgroundGrading Start(Grader grader)
    {
        var background = new BackgroundGrading();
        background.loop = Task.Run(() => background.RunAsync(grader));
        return background;
    }

    public IReadOnlyList<Grading> All
    {
        get { lock (gate) return gradings.ToList(); }
    }

    /// <summary>The gradings that were under way at some moment between the two timestamps.</summary>
    public IReadOnlyList<Grading> Overlapping(long from, long to) => All.Where(g => g.Started < to && g.Ended > from).ToList();

    /// <summary>Waits (bounded) until the grading under way at <paramref name="timestamp"/>, if any, has ended.</summary>
    public async Task SettleAsync(long timestamp)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            lock (gate)
            {
                if (inFlightSince is not { } since || since > timestamp) return;
            }
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await loop;
    }

    /// <summary>Throws when any grading kept a wrong verdict or took longer than the bound, or none finished.</summary>
    public void ThrowIfAnyWentWrong()
    {
        var all = All;
        var wrong = all.Where(g => !g.Right).ToList();
        if (all.Count > 0 && wrong.Count == 0) return;
        var message = all.Count == 0
            ? "no background grading finished while the sandbox tests ran"
            : $"{wrong.Count} of {all.Count} background gradings went wrong:\n" + string.Join("\n", wrong);
        // xUnit reports a failing collection fixture by exception type only; say what went wrong too.
        Console.Error.WriteLine(message);
        throw new BackgroundGradingException(message);
    }

    private async Task RunAsync(Grader grader)
    {
        var token = stopping.Token;
        for (var round = 0; !token.IsCancellationRequested; round++)
        {
            await GradeAsync(grader, $"def double(x):\n    return x * 2  # round {round}\n", "honest", Verdict.Accepted, token);
            await GradeAsync(grader, $"def double(x):\n    return x * 3  # round {round}\n", "wrong", Verdict.WrongAnswer, token);
            try { await Task.Delay(Pause, token); }
            catch (OperationCanceledException) { }
        }
    }

    private async Task GradeAsync(Grader grader, string code, string name, Verdict expected, CancellationToken token)
    {
        if (token.IsCancellationRequested) return;
        var started = Stopwatch.GetTimestamp();
        lock (gate) inFlightSince = started;
        string got;
        try
        {
            got = (await grader.GradeAsync(Challenge, code, cancellationToken: token)).Verdict.ToString();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            lock (gate) inFlightSince = null;
            return; // stopped at the end of the collection, not a result
        }
        catch (Exception e)
        {
            got = $"{e.GetType().Name}: {e.Message}";
        }
        lock (gate)
        {
            gradings.Add(new Grading(name, expected, got, started, Stopwatch.GetTimestamp()));
            inFlightSince = null;
        }
    }
}
