using Spectre.Console.Cli;

namespace PyPrep.Cli.ContentCommands;

internal static class ContentCommandSetup
{
    public static void AddContentCommands(this IConfigurator config)
    {
        config.AddBranch("content", content =>
        {
            content.SetDescription("Work with the question bank.");
            content.AddCommand<ValidateCommand>("validate").WithDescription("Validate the whole bank: every reference through the real grader.");
        });
    }
}
