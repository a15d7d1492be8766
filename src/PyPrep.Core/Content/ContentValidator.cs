using System.Text.Json;
using PyPrep.Core.Grading;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Core.Running;

namespace PyPrep.Core.Content;

/// <summary>
/// Validates the bank like code (DESIGN.md decision 8): the shape of every challenge, every
/// reference solution run through the real grader, which must give it its declared verdict, and
/// every input generator fed to the optimal reference.
/// </summary>
public sealed class ContentValidator(Grader grader, ICodeRunner runner)
{
    /// <summary>How many of a generator's first sizes the smoke check feeds to the optimal reference.</summary>
    public const int GeneratorSmokeSizes = 2;

    // Tiny inputs, one sample, no memory tracing: the check proves the generator runs and makes
    // inputs the optimal reference accepts, not that they are the worst case. The deadline is
    // generous because the machine may be busy; an honest run takes a fraction of a second.
    private const double GeneratorSmokeSeconds = 10;
    private static readonly ComplexityOptions GeneratorSmoke = new()
    {
        MinN = 16,
        MaxN = 32,
        MaxSizes = GeneratorSmokeSizes,
        Samples = 1,
        SampleSeconds = 0.0005,
        Memory = false,
    };

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
        // Issue 4: growth is measured on every challenge that is timed (behaviour and testing ones are not).
        if (challenge.Kind is ChallengeKind.Function or ChallengeKind.Class)
        {
            if (string.IsNullOrWhiteSpace(challenge.Generator))
                errors.Add(new(Path.Combine(challenge.Directory, "generator.py"), 0,
                    "missing: every function and class challenge needs a trusted input generator (docs/content-format.md)"));
            if (string.IsNullOrWhiteSpace(challenge.ExpectedComplexity))
                errors.Add(new(meta, 0, "needs 'complexity: expected:', the optimal solution's class (docs/content-format.md)"));
        }
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

    /// <summary>
    /// The generator's smoke check, one sandbox run: its inputs at the first
    /// <see cref="GeneratorSmokeSizes"/> sizes must be made without error and accepted by the
    /// optimal reference without error. Null when they are, or when there is nothing to check
    /// (a behaviour challenge; a missing generator or reference is <see cref="CheckShape"/>'s to report).
    /// </summary>
    public async Task<ContentError?> CheckGeneratorAsync(Challenge challenge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (challenge.Kind is not (ChallengeKind.Function or ChallengeKind.Class) || string.IsNullOrWhiteSpace(challenge.Generator)) return null;
        var reference = OptimalReference(challenge);
        if (reference is null) return null;

        var problem = ComplexityProblem.From(challenge);
        var request = TimingJob.Build(problem, reference.Code, GeneratorSmoke, GeneratorSmoke.BudgetSeconds, GeneratorSmokeSeconds, GeneratorSmoke.Samples, challenge.Limits);
        var outcome = await runner.RunAsync(request, cancellationToken);
        var file = Path.Combine(challenge.Directory, "generator.py");
        if (outcome.Find("generator_error") is { } failed)
            return new ContentError(file, ErrorLine(failed.Body), $"generate() raised {Error(failed.Body)}");
        if (outcome.Find("syntax_error") is not null || outcome.Find("load_error") is not null)
            return new ContentError(Path.Combine(challenge.Directory, "solutions", reference.File), 0, "did not load for the generator check");
        if (outcome.Find("time_error") is { } raised)
            return new ContentError(file, 0,
                $"{reference.File} raised {Error(raised.Body)} on the input generated for n={Int(raised.Body, "n")}: does the input fit the signature?");

        var planned = outcome.Find("plan") is { } plan && plan.Body.TryGetProperty("sizes", out var sizes) ? sizes.GetArrayLength() : 0;
        var timed = TimingRun.From(outcome).Points.Count;
        if (planned < GeneratorSmokeSizes)
            return new ContentError(file, 0, $"made inputs for {planned} of its first {GeneratorSmokeSizes} sizes ({outcome.Termination}): too slow?");
        if (timed < GeneratorSmokeSizes)
            return new ContentError(file, 0,
                $"{reference.File} finished {timed} of the first {GeneratorSmokeSizes} generated inputs within {GeneratorSmokeSeconds} s ({outcome.Termination})");
        return null;
    }

    /// <summary>The accepted reference whose declared class is the expected one, else the first accepted reference.</summary>
    public static ReferenceSolution? OptimalReference(Challenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var accepted = challenge.Solutions.Where(s => s.ExpectedVerdict == Verdict.Accepted).ToList();
        if (ComplexityLabels.TryParse(challenge.ExpectedComplexity, out var expected))
        {
            var optimal = accepted.FirstOrDefault(s => ComplexityLabels.TryParse(s.Complexity, out var declared) && declared == expected);
            if (optimal is not null) return optimal;
        }
        return accepted.FirstOrDefault();
    }

    private static string Error(JsonElement body) =>
        body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? $"{Text(error, "type")}: {FirstLine(Text(error, "message"))}"
            : "an error";

    private static string Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static int Int(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    private static int ErrorLine(JsonElement body) => body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? Int(error, "line") : 0;

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
