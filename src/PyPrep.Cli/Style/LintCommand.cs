using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Analysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Style;

/// <summary><c>pyprep lint FILE.py [--json]</c>: exit 0 without findings, 1 with findings, 2 on bad input.</summary>
internal sealed class LintCommand : PyPrepCommand<LintCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the findings as a JSON array (the style[] of check --json).")]
        public bool Json { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var code = SourceFile.Read(settings.File);
        await using var runtime = CliRuntime.Start(warmSlots: 0);
        var report = await runtime.Style.AnalyzeAsync(code, cancellationToken);
        if (report.SyntaxError is { } syntax) throw new InputException($"{settings.File}: syntax error at {syntax}");
        if (report.Error is { } error) throw new InputException($"{settings.File}: {error}");

        if (settings.Json)
            Console.Out.WriteLine(StyleJson.Build(report.Findings).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        else
            StyleView.Write(AnsiConsole.Console, settings.File, code, report.Findings);
        return report.Findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
