using PyPrep.Core.Grading;

namespace PyPrep.Core.Content;

/// <summary>
/// Validates the bank like code (DESIGN.md decision 8): the shape of every challenge, and every
/// reference solution run through the real grader, which must give it its declared verdict.
/// </summary>
public sealed class ContentValidator(Grader grader)
{
    /// <summary>Problems in a challenge's shape that need no sandbox to find.</summary>
    public static IReadOnlyList<ContentError> CheckShape(Challenge challenge)
    {
        var errors = new List<ContentError>();
        var meta = Path.Combine(challenge.Directory, "challenge.yaml");
        var casesFile = Path.Combine(challenge.Directory, "cases.yaml");
        if (challenge.Hints.Count != 3) errors.Add(new(meta, 0, $"needs exactly 3 progressive hints, has {challenge.Hints.Count}"));
        if (!challenge.VisibleCases.Any()) errors.Add(new(casesFile, 0, "needs at least one visible case"));
        if (!challenge.Cases.Any(c => c.Hidden)) errors.Add(new(casesFile, 0, "needs hidden cases"));
        if (!challenge.Solutions.Any(s => s.ExpectedVerdict == Verdict.Accepted))
            errors.Add(new(meta, 0, "needs a reference solution declared 'accepted'"));
        if (string.IsNullOrWhiteSpace(challenge.Walkthrough)) errors.Add(new(Path.Combine(challenge.Directory, "walkthrough.md"), 0, "walkthrough missing"));
        if (string.IsNullOrWhiteSpace(challenge.Starter)) errors.Add(new(Path.Combine(challenge.Directory, "starter.py"), 0, "starter code missing"));
        return errors;
    }

    /// <summary>
    /// The first library of <see cref="Challenge.Requires"/> the sandbox cannot import, or null when
    /// all import (one sandbox run with no cases). A caller skips the challenge's references then,
    /// naming the Debian package; where the packages are required (CI), it reports an error instead.
    /// </summary>
    public async Task<string?> MissingLibraryAsync(Challenge challenge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (challenge.Requires.Count == 0) return null;
        var probe = challenge with { Cases = [] };
        var run = await grader.GradeAsync(probe, "", GradingMode.Submit, cancellationToken);
        return run.MissingLibrary;
    }

    /// <summary>Runs one reference solution; an error when it does not get its declared verdict.</summary>
    public async Task<ContentError?> CheckSolutionAsync(Challenge challenge, ReferenceSolution solution, CancellationToken cancellationToken = default)
    {
        var run = await grader.GradeAsync(challenge, solution.Code, GradingMode.Submit, cancellationToken);
        if (run.Verdict == solution.ExpectedVerdict) return null;
        var file = Path.Combine(challenge.Directory, "solutions", solution.File);
        var failure = run.Cases.FirstOrDefault(c => !c.Passed);
        var detail = failure is null ? "" : $" (first failing case '{failure.Id}': {VerdictNames.Name(failure.Status, true)}{(failure.Error is null ? "" : ", " + FirstLine(failure.Error))})";
        var line = failure?.Error is { } error ? LineOf(error) : 0;
        return new ContentError(file, line,
            $"declared {VerdictNames.Name(solution.ExpectedVerdict)}, got {VerdictNames.Name(run.Verdict)}{detail}");
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    private static int LineOf(string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"solution\.py"", line (\d+)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
