using PyPrep.Core.Concepts;
using PyPrep.Core.Review;
using Spectre.Console;

namespace PyPrep.Cli.Concepts;

/// <summary>How the quiz shows a question and what it teaches after the answer.</summary>
internal static class QuizView
{
    public static void Ask(IAnsiConsole console, ConceptItem item)
    {
        console.MarkupLine($"[bold]{Markup.Escape(item.Question.Trim())}[/]");
        if (item.Code is { } code)
            console.Write(new Panel(new Text(code.TrimEnd())).Border(BoxBorder.Rounded).BorderColor(Color.Grey));
        if (item.Kind == ConceptKind.Choice)
            for (var i = 0; i < item.Options.Count; i++)
                console.MarkupLine($"  [bold]{ConceptItem.Label(i)})[/] {Markup.Escape(item.Options[i])}");
    }

    public static void Explain(IAnsiConsole console, ReviewResult result, DateTime now)
    {
        var (item, outcome, rating, card) = (result.Item, result.Outcome, result.Rating, result.Card);
        console.MarkupLine(outcome.Correct ? "[green]✔ Right.[/]" : "[red]✘ Not quite.[/]" + (outcome.Detail is { } d ? $" [grey]{Markup.Escape(d)}[/]" : ""));
        switch (item.Kind)
        {
            case ConceptKind.PredictOutput:
                console.MarkupLine("It prints:");
                console.Write(new Panel(new Text(item.ExpectedAnswer.TrimEnd())).BorderColor(Color.Green));
                break;
            case ConceptKind.Choice:
                console.MarkupLine("Correct: " + Markup.Escape(string.Join(", ", item.Correct.Select(i => $"{ConceptItem.Label(i)}) {item.Options[i]}"))));
                break;
            case ConceptKind.SpotTheBug when !outcome.Correct:
                console.MarkupLine("A fixed version:");
                console.Write(new Panel(new Text(item.Fixed!.TrimEnd())).BorderColor(Color.Green));
                break;
        }
        console.MarkupLine(Markup.Escape(item.Explanation.Trim()));
        console.MarkupLine($"[grey]Rated {rating.ToString().ToLowerInvariant()}; next time {When(card.Due - now)}.[/]");
        console.WriteLine();
    }

    private static string When(TimeSpan wait) => wait.TotalMinutes < 60
        ? $"in {Math.Max(1, (int)Math.Round(wait.TotalMinutes))} min"
        : wait.TotalDays < 1 ? $"in {(int)Math.Round(wait.TotalHours)} h" : $"in {(int)Math.Round(wait.TotalDays)} day(s)";

    public static void Progress(IAnsiConsole console, IReadOnlyList<TopicProgress> topics)
    {
        var table = new Table().AddColumns("topic", "questions", "seen", "learned", "due now", "recall now");
        foreach (var p in topics)
        {
            table.AddRow(Markup.Escape(p.Topic), $"{p.Total}", $"{p.Seen}", $"{p.Learned}", $"{p.Due}",
                p.Seen == 0 ? "-" : $"{p.AverageRecall:P0}");
        }
        console.Write(table);
    }
}
