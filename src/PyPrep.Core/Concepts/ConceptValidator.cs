using System.Text.Json;
using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;

namespace PyPrep.Core.Concepts;

/// <summary>
/// Checks concept items by running them (DESIGN.md decision 8): a predict-output snippet must print
/// what the item says it prints; a spot-the-bug item's buggy code must fail its cases and its fix pass.
/// </summary>
public sealed class ConceptValidator(ICodeRunner runner, Grader grader)
{
    /// <summary>
    /// Snippets are trusted content, and importing pandas and matplotlib (whose font cache starts
    /// empty in every fresh sandbox) can take many seconds on a busy machine: be generous.
    /// </summary>
    public static ResourceLimits SnippetLimits { get; } = new() { CaseSeconds = 40, CpuSeconds = 40, WallSeconds = 60 };

    /// <summary>Null when the item holds; otherwise the problem, at the item's file and line.</summary>
    public Task<ContentError?> CheckAsync(ConceptItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            ConceptKind.PredictOutput => CheckSnippetAsync(item, cancellationToken),
            ConceptKind.SpotTheBug => CheckBugAsync(item, cancellationToken),
            _ => Task.FromResult<ContentError?>(null),
        };
    }

    private async Task<ContentError?> CheckSnippetAsync(ConceptItem item, CancellationToken cancellationToken)
    {
        var limits = SnippetLimits;
        var job = new JsonObject { ["mode"] = "script", ["code"] = item.Code, ["case_seconds"] = limits.CaseSeconds };
        var outcome = await runner.RunAsync(new RunRequest(job, limits), cancellationToken);
        if (outcome.Find("script") is not { } record)
            return Error(item, $"the snippet did not finish ({outcome.Termination}){Tail(outcome.Output)}");
        var stdout = record.Body.TryGetProperty("stdout", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() ?? "" : "";
        string? raised = null;
        if (record.Body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            raised = error.TryGetProperty("type", out var type) ? type.GetString() : "?";
        var printed = ConceptAnswers.Lines(stdout);
        if (raised != item.Raises)
            return Error(item, raised is null ? $"declared to raise {item.Raises}, raised nothing" : $"raised {raised}{Message(error)}, declared {item.Raises ?? "no exception"}");
        if (!printed.SequenceEqual(ConceptAnswers.Lines(item.Output), StringComparer.Ordinal))
            return Error(item, $"output differs; the snippet printed:\n{stdout}");
        return null;
    }

    private async Task<ContentError?> CheckBugAsync(ConceptItem item, CancellationToken cancellationToken)
    {
        var challenge = SpotTheBugGrader.ToChallenge(item, SnippetLimits);
        var buggy = await grader.GradeAsync(challenge, item.Code!, GradingMode.Submit, cancellationToken);
        if (buggy.Verdict == Verdict.Accepted)
            return Error(item, "the buggy code passes every case: add a case that exposes the bug");
        var fixedRun = await grader.GradeAsync(challenge, item.Fixed!, GradingMode.Submit, cancellationToken);
        if (fixedRun.Verdict != Verdict.Accepted)
        {
            var failure = fixedRun.Cases.FirstOrDefault(c => !c.Passed);
            var detail = failure is null ? fixedRun.Error ?? "" : $"{failure.Id}: {VerdictNames.Name(failure.Status, true)} {failure.Error?.Split('\n')[0]}";
            return Error(item, $"the fixed code gets {VerdictNames.Name(fixedRun.Verdict)} ({detail.Trim()})");
        }
        return null;
    }

    private static string Message(JsonElement error) =>
        error.TryGetProperty("message", out var m) && m.GetString() is { Length: > 0 } text ? $" ({text})" : "";

    private static string Tail(string output) => string.IsNullOrWhiteSpace(output) ? "" : ": " + output.Trim().Split('\n')[^1];

    private static ContentError Error(ConceptItem item, string message) => new(item.File, item.Line, $"item '{item.Id}': {message}");
}
