using Spectre.Console;

namespace PyPrep.Cli.Infrastructure;

/// <summary>The one line every refused command prints on standard error: <c>error: …</c>.</summary>
internal static class ErrorLine
{
    public static void Write(string message)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Spectre's messages may span lines (a suggestion on the next); the contract is one line.
        var line = string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        console.MarkupLine($"[red]error:[/] {Markup.Escape(line)}");
    }
}
