using System.ComponentModel;
using System.Text.Json.Nodes;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Patterns;
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
        [Description("Only this pattern category (arrays-and-hashing, two-pointers, ..., bit-manipulation).")]
        public string? Pattern { get; init; }

        [CommandOption("--level <LEVEL>")]
        [Description("Only junior, mid or senior.")]
        public string? Level { get; init; }

        [CommandOption("--role <ROLE>")]
        [Description("Only challenges for this role (general, backend, data).")]
        public string? Role { get; init; }

        [CommandOption("--topic <TOPIC>")]
        public string? Topic { get; init; }

        [CommandOption("--path")]
        [Description("Show the suggested learning path: patterns in order, easy to hard within each.")]
        public bool Path { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        Guard(settings);
        var bank = CliRuntime.LoadBank();
        var challenges = bank.Challenges.Where(c =>
            (settings.Pattern is null || c.Patterns.Contains(settings.Pattern)) &&
            (settings.Level is null || c.Level.ToString().Equals(settings.Level, StringComparison.OrdinalIgnoreCase)) &&
            (settings.Role is null || c.Roles.Contains(settings.Role)) &&
            (settings.Topic is null || c.Topics.Contains(settings.Topic))).ToList();

        if (settings.Path) WritePath(LearningPath.From(challenges), settings.Json);
        else if (settings.Json) WriteJson(new JsonArray(challenges.Select(c => (JsonNode?)GradingRunJson.Summary(c)).ToArray()));
        else WriteTable(challenges);
        if (!settings.Json)
        {
            foreach (var error in bank.Errors) AnsiConsole.MarkupLine($"[yellow]skipped:[/] {Markup.Escape(error.ToString())}");
        }
        return Task.FromResult(ExitCodes.Ok);
    }

    // A misspelt filter would otherwise print an empty list, which reads as "no such challenges".
    private static void Guard(Settings settings)
    {
        if (settings.Pattern is { } pattern && !PatternCatalog.IsKnown(pattern))
            throw new InputException($"unknown pattern '{pattern}' (one of: {string.Join(", ", PatternCatalog.Names)})");
        if (settings.Level is { } level && !Enum.TryParse<Level>(level, ignoreCase: true, out _))
            throw new InputException($"unknown level '{level}' (junior, mid or senior)");
    }

    private static void WriteTable(List<Challenge> challenges)
    {
        if (Console.IsOutputRedirected)
        {
            WritePlain(challenges);
            return;
        }
        // Slugs are what the user types next: they never wrap; titles and patterns give way instead.
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("slug").NoWrap()).AddColumns("title", "difficulty", "level", "patterns");
        foreach (var c in challenges)
        {
            table.AddRow(Markup.Escape(c.Slug), Markup.Escape(c.Title), Colour(c.Difficulty), c.Level.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", c.Patterns)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{challenges.Count} challenge(s). Try: pyprep show {Markup.Escape(challenges.FirstOrDefault()?.Slug ?? "two-sum")}[/]");
    }

    // Piped or redirected: one tab-separated line per challenge (slug, title, difficulty, level,
    // patterns), nothing wrapped, so `cut -f1` gives the slugs.
    private static void WritePlain(List<Challenge> challenges)
    {
        foreach (var c in challenges)
        {
            Console.Out.WriteLine(string.Join('\t', c.Slug, c.Title, c.Difficulty.ToString().ToLowerInvariant(),
                c.Level.ToString().ToLowerInvariant(), string.Join(",", c.Patterns)));
        }
    }

    /// <summary>One numbered row per challenge in path order, under its stage's title.</summary>
    private static void WritePath(LearningPath path, bool json)
    {
        if (json)
        {
            WriteJson(new JsonArray(path.Stages.Select(s => (JsonNode?)new JsonObject
            {
                ["pattern"] = s.Pattern,
                ["title"] = s.Title,
                ["challenges"] = new JsonArray(s.Challenges.Select(c => (JsonNode?)GradingRunJson.Summary(c)).ToArray()),
            }).ToArray()));
            return;
        }
        // A borderless grid with a heading row per stage: slugs never wrap in an 80-column terminal.
        var grid = new Grid().AddColumn(new GridColumn().RightAligned()).AddColumn(new GridColumn().NoWrap()).AddColumn().AddColumn();
        var step = 0;
        foreach (var stage in path.Stages)
        {
            grid.AddRow("", $"[bold underline]{Markup.Escape(stage.Title)}[/]", "", "");
            foreach (var c in stage.Challenges)
            {
                grid.AddRow((++step).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(c.Slug), Colour(c.Difficulty), c.Level.ToString().ToLowerInvariant());
            }
        }
        AnsiConsole.Write(grid);
        AnsiConsole.MarkupLine($"[grey]{step} challenge(s) in {path.Stages.Count} stage(s): patterns in order, easy to hard within each. Start with: pyprep show {Markup.Escape(path.Challenges.FirstOrDefault()?.Slug ?? "two-sum")}[/]");
    }

    private static void WriteJson(JsonArray array) =>
        Console.Out.WriteLine(array.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

    private static string Colour(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "[green]easy[/]",
        Difficulty.Medium => "[yellow]medium[/]",
        _ => "[red]hard[/]",
    };
}
