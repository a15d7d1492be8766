using Spectre.Console;

namespace PyPrep.Cli.Tests.Support;

/// <summary>A Spectre console writing plain text (no colour, no ANSI) at a fixed width, for views under test.</summary>
internal sealed class TextConsole
{
    private readonly StringWriter writer = new();

    public TextConsole(int width = 80)
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = width;
    }

    public IAnsiConsole Console { get; }

    public string Output => writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
}
