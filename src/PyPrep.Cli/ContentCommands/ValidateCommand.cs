using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Patterns;
using PyPrep.Sandbox;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.ContentCommands;

internal sealed class ValidateCommand : PyPrepCommand<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--only <SLUG>")]
        [System.ComponentModel.Description("One challenge slug, concept topic or concept item id.")]
        public string? Only { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var bank = CliRuntime.LoadBank();
        var errors = new List<ContentError>(bank.Errors);
        var challenges = bank.Challenges.Where(c => settings.Only is null || c.Slug == settings.Only).ToList();
        foreach (var challenge in challenges) errors.AddRange(ContentValidator.CheckShape(challenge));
        var (extraErrors, extraSummary) = BehavioralAndDesignChecks.Run(bank.Root, bank, settings.Only);
        errors.AddRange(extraErrors);

        await using var runtime = CliRuntime.Start(warmSlots: Math.Max(2, Environment.ProcessorCount));
        var validator = new ContentValidator(runtime.Grader, new BubblewrapRunner(runtime.Pool));
        var (excluded, skipped) = await LibraryChecks.CheckAsync(challenges, validator, errors, cancellationToken);
        var jobs = challenges.Where(c => !excluded.Contains(c))
            .SelectMany(c => c.Solutions.Select(s => (Challenge: c, Solution: s))).ToList();
        var done = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(jobs, parallel, async (job, token) =>
        {
            var error = await validator.CheckSolutionAsync(job.Challenge, job.Solution, token);
            lock (errors)
            {
                if (error is not null) errors.Add(error);
                done++;
                if (done % 10 == 0 || done == jobs.Count)
                    Console.Error.WriteLine($"validated {done}/{jobs.Count} reference solutions ({started.Elapsed.TotalSeconds:0.0} s)");
            }
        });

        var generators = await ValidateGeneratorsAsync(challenges, validator, errors, parallel);
        var concepts = await ValidateConceptsAsync(bank.Root, settings.Only, runtime, errors, parallel);

        // Coverage is a property of the whole bank, so a run limited by --only neither shows nor enforces it.
        if (settings.Only is null)
        {
            var coverage = BankCoverage.Of(bank.Challenges);
            errors.AddRange(coverage.Problems(Path.Combine(bank.Root, "challenges")));
            CoverageView.Write(AnsiConsole.Console, coverage);
        }

        foreach (var error in errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line))
            AnsiConsole.MarkupLine($"[red]✘[/] {Markup.Escape(error.ToString())}");
        foreach (var notice in skipped)
            AnsiConsole.MarkupLine($"[yellow]skipped[/] {Markup.Escape(notice)}");
        var summary = $"{challenges.Count} challenge(s) ({skipped.Count} skipped), {jobs.Count} reference solution(s), {generators} generator(s), {concepts} concept item(s), {extraSummary}, {errors.Count} problem(s)";
        AnsiConsole.MarkupLine(errors.Count == 0 ? $"[green]✔ content ok:[/] {summary}" : $"[red]content has problems:[/] {summary}");
        return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }

    /// <summary>Each input generator's smoke check (issue 4): one sandbox run per challenge, its first sizes fed to the optimal reference.</summary>
    private static async Task<int> ValidateGeneratorsAsync(List<Challenge> challenges, ContentValidator validator, List<ContentError> errors, ParallelOptions parallel)
    {
        var timed = challenges.Where(c => c.Kind != ChallengeKind.Behavior && !string.IsNullOrWhiteSpace(c.Generator)).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(timed, parallel, async (challenge, token) =>
        {
            var error = await validator.CheckGeneratorAsync(challenge, token);
            if (error is null) return;
            lock (errors) errors.Add(error);
        });
        if (timed.Count > 0) Console.Error.WriteLine($"checked {timed.Count} input generators ({started.Elapsed.TotalSeconds:0.0} s)");
        return timed.Count;
    }

    /// <summary>Concept items (issue 7): shape, then every snippet and spot-the-bug pair run in the sandbox.</summary>
    private static async Task<int> ValidateConceptsAsync(string root, string? only, CliRuntime runtime, List<ContentError> errors, ParallelOptions parallel)
    {
        var bank = ConceptBank.Load(root);
        var items = bank.Items.Where(i => only is null || i.Id == only || i.Topic == only).ToList();
        errors.AddRange(bank.Errors.Where(e => only is null || Path.GetFileNameWithoutExtension(e.File) == only));
        var validator = new ConceptValidator(new BubblewrapRunner(runtime.Pool), runtime.Grader);
        var done = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(items, parallel, async (item, token) =>
        {
            var error = await validator.CheckAsync(item, token);
            lock (errors)
            {
                if (error is not null) errors.Add(error);
                done++;
                if (done % 50 == 0 || done == items.Count)
                    Console.Error.WriteLine($"validated {done}/{items.Count} concept items ({started.Elapsed.TotalSeconds:0.0} s)");
            }
        });
        return items.Count;
    }
}
