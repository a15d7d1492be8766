using System.ComponentModel;
using System.Text.Json.Nodes;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Challenges;

internal sealed class ChallengesCommand : PyPrepCommand<ChallengesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("Print the list as JSON.")]
        public bool Json { get; init; }

        [CommandOption("--pattern <PATTERN>")]
        public string? Pattern { get; init; }

        [CommandOption("--level <LEVEL>")]
        public string? Level { get; init; }

        [CommandOption("--role <ROLE>")]
        public string? Role { get; init; }

        [CommandOption("--topic <TOPIC>")]
        public string? Topic { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var bank = CliRuntime.LoadBank();
        var challenges = bank.Challenges.Where(c =>
            (settings.Pattern is null || c.Patterns.Contains(settings.Pattern)) &&
            (settings.Level is null || c.Level.ToString().Equals(settings.Level, StringComparison.OrdinalIgnoreCase)) &&
            (settings.Role is null || c.Roles.Contains(settings.Role)) &&
            (settings.Topic is null || c.Topics.Contains(settings.Topic))).ToList();

        if (settings.Json)
        {
            var array = new JsonArray(challenges.Select(c => (JsonNode?)GradingRunJson.Summary(c)).ToArray());
            Console.Out.WriteLine(array.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return Task.FromResult(ExitCodes.Ok);
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("slug", "title", "difficulty", "level", "patterns");
        foreach (var c in challenges)
        {
            table.AddRow(Markup.Escape(c.Slug), Markup.Escape(c.Title), Colour(c.Difficulty), c.Level.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", c.Patterns)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{challenges.Count} challenge(s). Try: pyprep show {Markup.Escape(challenges.FirstOrDefault()?.Slug ?? "two-sum")}[/]");
        foreach (var error in bank.Errors) AnsiConsole.MarkupLine($"[yellow]skipped:[/] {Markup.Escape(error.ToString())}");
        return Task.FromResult(ExitCodes.Ok);
    }

    private static string Colour(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "[green]easy[/]",
        Difficulty.Medium => "[yellow]medium[/]",
        _ => "[red]hard[/]",
    };
}
