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
            WriteStarter(file, challenge.Starter);
            AnsiConsole.MarkupLine($"Starter code written to [bold]{Markup.Escape(file)}[/]. Grade it with: pyprep check {challenge.Slug} {Markup.Escape(file)}");
            return Task.FromResult(ExitCodes.Ok);
        }

        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(challenge.Title)}[/] [grey]({challenge.Difficulty.ToString().ToLowerInvariant()}, {challenge.Level.ToString().ToLowerInvariant()})[/]").LeftJustified());
        StatementView.Write(AnsiConsole.Console, challenge.Statement.Trim(), challenge.Title);
        AnsiConsole.WriteLine();
        var signature = SignatureLines.Of(challenge);
        for (var i = 0; i < signature.Count; i++)
            AnsiConsole.MarkupLine($"{(i == 0 ? "[bold]Signature[/]  " : "           ")}{Markup.Escape(signature[i])}");
        AnsiConsole.MarkupLine($"[bold]Cases[/]      {challenge.VisibleCases.Count()} visible, {challenge.Cases.Count(c => c.Hidden)} hidden");
        if (challenge.ExpectedComplexity is { } expected) AnsiConsole.MarkupLine($"[bold]Aim for[/]    {Markup.Escape(expected)}");
        if (settings.Hints)
        {
            for (var i = 0; i < challenge.Hints.Count; i++) AnsiConsole.MarkupLine($"[bold]Hint {i + 1}[/]     {Markup.Escape(challenge.Hints[i])}");
        }
        AnsiConsole.MarkupLine($"[grey]Start with: pyprep show {challenge.Slug} --starter solution.py[/]");
        return Task.FromResult(ExitCodes.Ok);
    }

    // Refuses to overwrite; a folder that is missing or not writable is the user's input, not a crash.
    private static void WriteStarter(string file, string starter)
    {
        if (Directory.Exists(file)) throw new InputException($"{file} is a directory; name a file to write");
        if (File.Exists(file)) throw new InputException($"{file} already exists; choose another name");
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(starter);
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"cannot write {file}: its folder does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write {file}: {e.Message}");
        }
    }
}
