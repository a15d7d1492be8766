using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Concepts;
using Spectre.Console;

namespace PyPrep.Cli.Concepts;

/// <summary>Asks one question of any kind and collects the answer; null when input has run out.</summary>
internal sealed class QuizAsker(IAnsiConsole console, IQuizInput input)
{
    public ConceptResponse? Ask(ConceptItem item)
    {
        QuizView.Ask(console, item);
        switch (item.Kind)
        {
            case ConceptKind.PredictOutput:
                return input.ReadLines("What does it print? If it raises, end with the exception's type.") is { } output
                    ? new ConceptResponse(Text: output)
                    : null;
            case ConceptKind.Choice:
                return input.ReadChoice(item) is { } chosen ? new ConceptResponse(Selected: chosen) : null;
            case ConceptKind.SpotTheBug:
                return AskForFix(item);
            default:
                if (input.ReadLines("Your answer:") is not { } text) return null;
                console.MarkupLine("[bold]Model answer:[/] " + Markup.Escape(item.ModelAnswer!.Trim()));
                console.MarkupLine("[bold]Key points:[/]");
                for (var i = 0; i < item.KeyPoints.Count; i++)
                    console.MarkupLine($"  [bold]{i + 1}.[/] {Markup.Escape(item.KeyPoints[i])}");
                return input.ReadKeyPoints(item.KeyPoints) is { } covered ? new ConceptResponse(Text: text, Selected: covered) : null;
        }
    }

    // The buggy code goes to ./data/quiz/ID.py for the candidate to fix in their own editor.
    private ConceptResponse? AskForFix(ConceptItem item)
    {
        var file = Path.Combine(Directory.GetCurrentDirectory(), "data", "quiz", item.Id + ".py");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, item.Code);
        var answer = input.ReadLine($"Fix the code in {file} with your editor, then press Enter (or type the path of another file):");
        if (answer is null) return null;
        var path = answer.Trim().Length > 0 ? answer.Trim() : file;
        try
        {
            return new ConceptResponse(Code: SourceFile.Read(path));
        }
        catch (InputException e)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(e.Message)}[/]");
            return new ConceptResponse(Code: "");
        }
    }
}
