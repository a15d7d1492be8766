using System.ComponentModel;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Content;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Challenges;

internal sealed class ShowCommand : PyPrepCommand<ShowCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SLUG>")]
        public string Slug { get; init; } = "";

        [CommandOption("--starter <FILE>")]
        [Description("Write the starter code to FILE (refuses to overwrite).")]
        public string? Starter { get; init; }

        [CommandOption("--hints")]
        [Description("Also print the hints.")]
        public bool Hints { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var challenge = CliRuntime.FindChallenge(CliRuntime.LoadBank(), settings.Slug);
        if (settings.Starter is { } file)
        {
            if (File.Exists(file)) throw new InputException($"{file} already exists; choose another name");
            File.WriteAllText(file, challenge.Starter);
            AnsiConsole.MarkupLine($"Starter code written to [bold]{Markup.Escape(file)}[/]. Grade it with: pyprep check {challenge.Slug} {Markup.Escape(file)}");
            return Task.FromResult(ExitCodes.Ok);
        }

        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(challenge.Title)}[/] [grey]({challenge.Difficulty.ToString().ToLowerInvariant()}, {challenge.Level.ToString().ToLowerInvariant()})[/]").LeftJustified());
        AnsiConsole.WriteLine(challenge.Statement.Trim());
        AnsiConsole.WriteLine();
        if (challenge.Kind == ChallengeKind.Function)
            AnsiConsole.MarkupLine($"[bold]Signature[/]  {Markup.Escape(challenge.Signature.Render(challenge.Entry))}");
        AnsiConsole.MarkupLine($"[bold]Cases[/]      {challenge.VisibleCases.Count()} visible, {challenge.Cases.Count(c => c.Hidden)} hidden");
        if (challenge.ExpectedComplexity is { } expected) AnsiConsole.MarkupLine($"[bold]Aim for[/]    {Markup.Escape(expected)}");
        if (settings.Hints)
        {
            for (var i = 0; i < challenge.Hints.Count; i++) AnsiConsole.MarkupLine($"[bold]Hint {i + 1}[/]     {Markup.Escape(challenge.Hints[i])}");
        }
        AnsiConsole.MarkupLine($"[grey]Start with: pyprep show {challenge.Slug} --starter solution.py[/]");
        return Task.FromResult(ExitCodes.Ok);
    }
}
