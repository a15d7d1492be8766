using System.ComponentModel;
using System.Text.Json;
using PyPrep.Cli.Infrastructure;
using PyPrep.Cli.Style;
using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Sandbox;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Grading;

internal sealed class CheckCommand : PyPrepCommand<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SLUG>")]
        public string Slug { get; init; } = "";

        [CommandArgument(1, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the result as one JSON object.")]
        public bool Json { get; init; }

        [CommandOption("--no-complexity")]
        [Description("Skip the complexity measurement.")]
        public bool NoComplexity { get; init; }

        [CommandOption("--run")]
        [Description("Grade only the visible cases.")]
        public bool VisibleOnly { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var challenge = CliRuntime.FindChallenge(CliRuntime.LoadBank(), settings.Slug);
        var code = SourceFile.Read(settings.File);
        await using var runtime = CliRuntime.Start(warmSlots: 0);
        var mode = settings.VisibleOnly ? GradingMode.Run : GradingMode.Submit;

        // Style feedback needs only the syntax tree: it runs in its own sandbox while grading runs.
        var style = runtime.Style.AnalyzeAsync(code, cancellationToken);
        var interactive = !settings.Json && !Console.IsOutputRedirected;
        var run = interactive
            ? await GradeWithProgressAsync(runtime, challenge, code, mode, cancellationToken)
            : await runtime.Grader.GradeAsync(challenge, code, mode, cancellationToken);
        var findings = (await style).Findings;

        ComplexityReport? complexity = null;
        if (!settings.NoComplexity && ShouldMeasure(challenge, run))
        {
            var meter = new ComplexityMeter(new BubblewrapRunner(runtime.Pool), new ComplexityOptions(),
                new ReferenceCurveCache(Path.Combine("data", "complexity-cache")));
            var problem = ComplexityProblem.From(challenge);
            if (!interactive)
            {
                complexity = await meter.MeasureAsync(problem, code, challenge.Limits, cancellationToken);
            }
            else
            {
                complexity = await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync("Measuring how your solution grows…", async context =>
                {
                    // The references are timed once per machine, then cached under ./data/complexity-cache.
                    context.Status("Timing the reference solutions (once per machine)…");
                    await meter.ReferencesAsync(problem, challenge.Limits, cancellationToken);
                    context.Status("Measuring how your solution grows…");
                    return await meter.MeasureAsync(problem, code, challenge.Limits, cancellationToken);
                });
            }
        }

        if (settings.Json)
        {
            var json = GradingRunJson.Build(run, complexity is null ? null : ComplexityReportJson.Build(complexity), StyleJson.Build(findings));
            Console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            GradingRunView.Write(AnsiConsole.Console, run, new StyleSection(settings.File, code, findings));
            if (complexity is not null) ComplexityView.Write(AnsiConsole.Console, complexity);
        }
        return run.Verdict == Verdict.Accepted ? ExitCodes.Ok : ExitCodes.NotAccepted;
    }

    // A live "case 12/28" bar while the sandbox answers; only on a terminal (never with --json or when redirected).
    private static Task<GradingRun> GradeWithProgressAsync(CliRuntime runtime, Challenge challenge, string code, GradingMode mode,
        CancellationToken cancellationToken)
    {
        var total = mode == GradingMode.Run ? challenge.VisibleCases.Count() : challenge.Cases.Count;
        return AnsiConsole.Progress().AutoClear(true).HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Grading {Markup.Escape(challenge.Slug)}: starting the sandbox…", maxValue: total);
                var answered = 0;
                void OnCase()
                {
                    var count = Math.Min(Interlocked.Increment(ref answered), total);
                    task.Value = count;
                    task.Description = $"Grading {Markup.Escape(challenge.Slug)}: case {count}/{total}";
                }
                var grader = new Grader(new CaseCountingRunner(new BubblewrapRunner(runtime.Pool), OnCase));
                var run = await grader.GradeAsync(challenge, code, mode, cancellationToken);
                task.Value = total;
                return run;
            });
    }

    // Growth is measured only for code that works: accepted, or at least every visible case passed
    // (a solution that is correct but too slow still learns how it grows).
    private static bool ShouldMeasure(Challenge challenge, GradingRun run) =>
        challenge.Generator is not null && run.Error is null && run.Cases.Count > 0 &&
        (run.Verdict == Verdict.Accepted || run.Cases.Where(c => !c.Hidden).All(c => c.Passed));
}
