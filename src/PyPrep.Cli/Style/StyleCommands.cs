using Spectre.Console.Cli;

namespace PyPrep.Cli.Style;

internal static class StyleCommands
{
    public static void AddStyleCommands(this IConfigurator config)
    {
        config.AddCommand<LintCommand>("lint").WithDescription("Pythonic-style findings for a file: the line, why it matters, the rewrite.")
            .WithExample("lint", "solution.py");
        config.AddCommand<CheatsheetCommand>("cheatsheet").WithDescription("Pythonic idioms next to the anti-patterns they replace, with the rule that catches each.");
    }
}
