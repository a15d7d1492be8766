using PyPrep.Core.Content;
using PyPrep.Core.Grading;

namespace PyPrep.Core.Concepts;

/// <summary>Runs a candidate's fix of a spot-the-bug item through the real grader against the item's hidden cases.</summary>
public sealed class SpotTheBugGrader(Grader grader)
{
    public async Task<(ConceptOutcome Outcome, GradingRun Run)> CheckAsync(ConceptItem item, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var run = await grader.GradeAsync(ToChallenge(item), code, GradingMode.Submit, cancellationToken);
        var passed = run.Cases.Count(c => c.Passed);
        var outcome = run.Verdict == Verdict.Accepted
            ? ConceptOutcome.Right
            : new ConceptOutcome(false, run.Cases.Count == 0 ? 0 : (double)passed / run.Cases.Count,
                $"{passed} of {run.Cases.Count} hidden cases pass ({VerdictNames.Name(run.Verdict)})");
        return (outcome, run);
    }

    /// <summary>
    /// Generous per-case time: loading the module counts against the first case, and importing
    /// pandas on a busy machine can take a few seconds. The cases themselves are tiny.
    /// </summary>
    public static ResourceLimits Limits { get; } = new() { CaseSeconds = 10, CpuSeconds = 20, WallSeconds = 40 };

    /// <summary>The item as an in-memory challenge: its cases call <see cref="ConceptItem.Entry"/> and compare exactly.</summary>
    public static Challenge ToChallenge(ConceptItem item, ResourceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind != ConceptKind.SpotTheBug || item.Entry is null)
            throw new ArgumentException($"'{item.Id}' is not a spot-the-bug item", nameof(item));
        return new Challenge
        {
            Slug = item.Id,
            Title = item.Id,
            Difficulty = Difficulty.Easy,
            Level = item.Level,
            Kind = item.Cases.Any(c => c.Snippet is not null) ? ChallengeKind.Behavior : ChallengeKind.Function,
            Entry = item.Entry,
            Signature = new Signature([], Values.TypeSpec.Any),
            Checker = "exact",
            Limits = limits ?? Limits,
            Statement = item.Question,
            Cases = item.Cases,
            Directory = Path.GetDirectoryName(item.File) ?? ".",
        };
    }
}
