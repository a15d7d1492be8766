using Spectre.Console.Cli;

namespace PyPrep.Cli.Grading;

internal static class GradingCommands
{
    public static void AddGradingCommands(this IConfigurator config)
    {
        config.AddCommand<CheckCommand>("check").WithDescription("Grade a solution file against a challenge's cases.")
            .WithExample("check", "two-sum", "solution.py");
    }
}
