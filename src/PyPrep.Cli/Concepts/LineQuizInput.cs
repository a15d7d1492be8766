using PyPrep.Core.Concepts;
using Spectre.Console;

namespace PyPrep.Cli.Concepts;

/// <summary>
/// Answers from plain lines (stdin not a terminal): predicted output up to an empty line, option
/// letters ("a c"), key point numbers ("1 3", empty for none). Never waits for a terminal.
/// </summary>
internal sealed class LineQuizInput(TextReader reader, IAnsiConsole console) : IQuizInput
{
    public string? ReadLines(string prompt)
    {
        console.MarkupLine($"[grey]{Markup.Escape(prompt)} (end with an empty line)[/]");
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) return string.Join('\n', lines);
            lines.Add(line);
        }
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    public string? ReadLine(string prompt)
    {
        console.MarkupLine($"[grey]{Markup.Escape(prompt)}[/]");
        return reader.ReadLine();
    }

    public IReadOnlyList<int>? ReadChoice(ConceptItem item)
    {
        var hint = item.Multiple ? "letters of every correct option, e.g. a c" : "the letter of your answer";
        while (ReadLine($"Your answer ({hint}):") is { } line)
        {
            if (ConceptAnswers.ParseLetters(item, line) is { } chosen) return chosen;
            console.MarkupLine("[yellow]Answer with option letters.[/]");
        }
        return null;
    }

    public IReadOnlyList<int>? ReadKeyPoints(IReadOnlyList<string> points)
    {
        while (ReadLine("Numbers of the key points you covered (e.g. 1 3, empty for none):") is { } line)
        {
            var parts = line.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            var numbers = parts.Select(p => int.TryParse(p, out var n) ? n : -1).ToList();
            if (numbers.All(n => n >= 1 && n <= points.Count)) return numbers.Select(n => n - 1).ToList();
            console.MarkupLine($"[yellow]Use numbers from 1 to {points.Count}.[/]");
        }
        return null;
    }
}
