using Spectre.Console.Cli;

namespace PyPrep.Cli.Challenges;

internal static class ChallengeCommands
{
    public static void AddChallengeCommands(this IConfigurator config)
    {
        config.AddCommand<ChallengesCommand>("challenges").WithDescription("List the challenge bank.");
        config.AddCommand<ShowCommand>("show").WithDescription("Show a challenge's statement and signature; --starter FILE writes the starter code.");
    }
}
