using PyPrep.Core.Concepts;
using Spectre.Console;

namespace PyPrep.Cli.Concepts;

/// <summary>Asks one question of any kind and checks the answer; null when input has run out.</summary>
internal sealed class QuizAsker(IAnsiConsole console, IQuizInput input, FixChecker fixes)
{
    public async Task<ConceptOutcome?> AskAsync(ConceptItem item, CancellationToken cancellationToken)
    {
        QuizView.Ask(console, item);
        switch (item.Kind)
        {
            case ConceptKind.PredictOutput:
                return input.ReadLines("What does it print? If it raises, end with the exception's type.") is { } output
                    ? ConceptAnswers.CheckOutput(item, output)
                    : null;
            case ConceptKind.Choice:
                return input.ReadChoice(item) is { } chosen ? ConceptAnswers.CheckChoice(item, chosen) : null;
            case ConceptKind.SpotTheBug:
                return await fixes.CheckAsync(item, input, cancellationToken);
            default:
                if (input.ReadLines("Your answer:") is null) return null;
                console.MarkupLine("[bold]Model answer:[/] " + Markup.Escape(item.ModelAnswer!.Trim()));
                console.MarkupLine("[bold]Key points:[/]");
                for (var i = 0; i < item.KeyPoints.Count; i++)
                    console.MarkupLine($"  [bold]{i + 1}.[/] {Markup.Escape(item.KeyPoints[i])}");
                return input.ReadKeyPoints(item.KeyPoints) is { } covered ? ConceptAnswers.CheckKeyPoints(item, covered) : null;
        }
    }
}
