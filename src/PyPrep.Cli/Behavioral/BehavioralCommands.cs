using Spectre.Console.Cli;

namespace PyPrep.Cli.Behavioral;

internal static class BehavioralCommands
{
    public static void AddBehavioralCommands(this IConfigurator config)
    {
        config.AddCommand<StarCommand>("star").WithDescription("Coach a behavioral answer: STAR parts, first person, measurable result, tools, length, score.")
            .WithExample("star", "answer.txt")
            .WithExample("star", "answer.txt", "--json");
    }
}
