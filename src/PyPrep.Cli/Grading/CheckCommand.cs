using System.ComponentModel;
using System.Text.Json;
using PyPrep.Cli.Infrastructure;
using PyPrep.Cli.Style;
using PyPrep.Core.Analysis;
using PyPrep.Core.Grading;
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
        GradingRun run;
        if (settings.Json || Console.IsOutputRedirected)
        {
            run = await runtime.Grader.GradeAsync(challenge, code, mode, cancellationToken);
        }
        else
        {
            run = await AnsiConsole.Status().Spinner(Spinner.Known.Dots)
                .StartAsync($"Grading {challenge.Slug} in the sandbox…", _ => runtime.Grader.GradeAsync(challenge, code, mode, cancellationToken));
        }
        var findings = (await style).Findings;

        if (settings.Json)
        {
            var json = GradingRunJson.Build(run, style: StyleJson.Build(findings));
            Console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            GradingRunView.Write(AnsiConsole.Console, run, new StyleSection(settings.File, code, findings));
        }
        return run.Verdict == Verdict.Accepted ? ExitCodes.Ok : ExitCodes.NotAccepted;
    }
}
