using Spectre.Console;

namespace PyPrep.Cli.Infrastructure;

/// <summary>The one line every refused command prints on standard error: <c>error: …</c>.</summary>
internal static class ErrorLine
{
    public static void Write(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Spectre's messages may span lines (a suggestion on the next); the contract is one line.
        var line = string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (Console.IsErrorRedirected)
        {
            // Not through Spectre: it would wrap the line at its assumed 80 columns.
            Console.Error.WriteLine("error: " + line);
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.MarkupLine($"[red]error:[/] {Markup.Escape(line)}");
    }
}
