using PyPrep.Core.Concepts;
using Spectre.Console;

namespace PyPrep.Cli.Concepts;

/// <summary>Answers from Spectre.Console prompts in an interactive terminal.</summary>
internal sealed class TerminalQuizInput(IAnsiConsole console) : IQuizInput
{
    public string? ReadLines(string prompt)
    {
        console.MarkupLine($"[bold]{Markup.Escape(prompt)}[/] [grey](line by line; finish with an empty line)[/]");
        var lines = new List<string>();
        while (true)
        {
            console.Markup("[grey]>[/] ");
            var line = Console.ReadLine();
            if (line is null) return lines.Count == 0 ? null : string.Join('\n', lines);
            if (line.Length == 0) return string.Join('\n', lines);
            lines.Add(line);
        }
    }

    public string? ReadLine(string prompt) =>
        console.Prompt(new TextPrompt<string>(Markup.Escape(prompt)).AllowEmpty());

    public IReadOnlyList<int>? ReadChoice(ConceptItem item)
    {
        var indexes = Enumerable.Range(0, item.Options.Count).ToList();
        string Show(int i) => Markup.Escape($"{ConceptItem.Label(i)}) {item.Options[i]}");
        if (item.Multiple)
        {
            return console.Prompt(new MultiSelectionPrompt<int>()
                .Title("Select [bold]every[/] correct option [grey](space toggles, enter confirms)[/]")
                .NotRequired()
                .UseConverter(Show)
                .AddChoices(indexes));
        }
        return [console.Prompt(new SelectionPrompt<int>().Title("Your answer:").UseConverter(Show).AddChoices(indexes))];
    }

    public IReadOnlyList<int>? ReadKeyPoints(IReadOnlyList<string> points) =>
        console.Prompt(new MultiSelectionPrompt<int>()
            .Title("Which key points did your answer cover? [grey](space toggles, enter confirms)[/]")
            .NotRequired()
            .UseConverter(i => Markup.Escape(points[i]))
            .AddChoices(Enumerable.Range(0, points.Count)));
}
