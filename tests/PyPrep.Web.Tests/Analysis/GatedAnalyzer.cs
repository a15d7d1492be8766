using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Analysis;

namespace PyPrep.Web.Tests.Analysis;

/// <summary>A stand-in complexity analyzer that finishes only when the test opens its gate.</summary>
internal sealed class GatedAnalyzer : ISubmissionAnalyzer
{
    private int attempts;
    private int cancellations;

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>Completed when an analysis has started and is waiting at the gate.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>Completed when a running analysis was cancelled.</summary>
    public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Attempts => Volatile.Read(ref attempts);
    public int Cancellations => Volatile.Read(ref cancellations);
    public string Name => "complexity";

    public bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict) => mode == SubmissionMode.Submit && verdict == "accepted";

    public async Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        Started.TrySetResult();
        try
        {
            await Gate.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref cancellations);
            Stopped.TrySetResult();
            throw;
        }
        return new JsonObject
        {
            ["estimate"] = "O(n)",
            ["expected"] = challenge.ExpectedComplexity,
            ["confidence"] = 0.9,
            ["samples"] = new JsonArray(new JsonObject { ["n"] = 1000, ["seconds"] = 0.001 }),
        };
    }
}
