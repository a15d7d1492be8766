using Spectre.Console.Cli;

namespace PyPrep.Cli.Concepts;

internal static class QuizCommands
{
    public static void AddQuizCommands(this IConfigurator config)
    {
        config.AddCommand<QuizCommand>("quiz")
            .WithDescription("Drill Python concepts with spaced repetition (FSRS).")
            .WithExample("quiz")
            .WithExample("quiz", "--topic", "decorators", "--count", "5");
    }
}
