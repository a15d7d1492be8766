using System.ComponentModel;
using System.Diagnostics;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Review;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Concepts;

/// <summary>
/// The terminal quiz: asks today's due questions (FSRS), checks each answer, shows the explanation
/// and saves the schedule after every answer, so stopping at any point loses nothing.
/// </summary>
internal sealed class QuizCommand : PyPrepCommand<QuizCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--topic <TOPIC>")]
        [Description("Only questions of this topic (a file name under content/concepts, e.g. decorators).")]
        public string? Topic { get; init; }

        [CommandOption("--count <N>")]
        [Description("How many questions to ask in this run (default 10).")]
        public int Count { get; init; } = 10;

        [CommandOption("--profile <NAME>")]
        [Description("Whose schedule to use: ./data/review-NAME.json (default 'default').")]
        public string Profile { get; init; } = "default";

        [CommandOption("--new-per-day <N>")]
        [Description("New questions a day; saved in the profile.")]
        public int? NewPerDay { get; init; }

        [CommandOption("--retention <R>")]
        [Description("Target chance of recall when a question comes back, 0.7 to 0.99; saved in the profile.")]
        public double? Retention { get; init; }

        [CommandOption("--progress")]
        [Description("Show progress by topic instead of asking questions.")]
        public bool Progress { get; init; }

        public override ValidationResult Validate()
        {
            if (Count < 1) return ValidationResult.Error("--count must be at least 1");
            if (!System.Text.RegularExpressions.Regex.IsMatch(Profile, "^[A-Za-z0-9_-]{1,40}$"))
                return ValidationResult.Error("--profile may use letters, digits, '-' and '_'");
            if (NewPerDay is < 0) return ValidationResult.Error("--new-per-day cannot be negative");
            if (Retention is < 0.7 or > 0.99) return ValidationResult.Error("--retention must be between 0.7 and 0.99");
            return ValidationResult.Success();
        }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var bank = ConceptBank.Load(ContentBank.LocateRoot());
        var items = SelectItems(bank, settings.Topic);
        var store = ReviewStore.Load(ReviewStore.DefaultPath(settings.Profile));
        if (settings.NewPerDay is { } perDay) store.NewCardsPerDay = perDay;
        if (settings.Retention is { } retention) store.DesiredRetention = retention;
        store.Save();

        var time = TimeProvider.System;
        var scheduler = new FsrsScheduler(store.Settings, time);
        if (settings.Progress)
        {
            QuizView.Progress(console, new ConceptReview(bank, store.Settings, time).Progress(store.Deck)
                .Where(p => settings.Topic is null || p.Topic == settings.Topic).ToList());
            return ExitCodes.Ok;
        }
        IQuizInput input = Console.IsInputRedirected ? new LineQuizInput(Console.In, console) : new TerminalQuizInput(console);
        await using var fixes = new FixChecker(console);
        var asker = new QuizAsker(console, input, fixes);

        var asked = 0;
        var right = 0;
        while (asked < settings.Count && !cancellationToken.IsCancellationRequested)
        {
            var queue = ReviewQueue.Build(items.Select(i => i.Id), store.Deck, store.Settings, time);
            if (queue.Count == 0)
            {
                NothingDue(console, store.Deck, items);
                break;
            }
            var item = items.First(i => i.Id == queue[0]);
            console.Write(new Rule($"[grey]{asked + 1}/{settings.Count} · {Markup.Escape(item.Topic)} · {item.Level.ToString().ToLowerInvariant()}[/]").LeftJustified());
            var clock = Stopwatch.StartNew();
            var outcome = await asker.AskAsync(item, cancellationToken);
            if (outcome is null)
            {
                console.MarkupLine("[grey]No more answers; stopping.[/]");
                break;
            }
            var rating = RatingPolicy.Rate(item.Kind, outcome, clock.Elapsed);
            var card = store.Deck.Answer(scheduler, item.Id, rating);
            store.Save();
            asked++;
            if (outcome.Correct) right++;
            QuizView.Explain(console, item, outcome, rating, card, scheduler.Now);
        }
        if (asked > 0) console.MarkupLine($"[bold]{right}/{asked} right.[/] Schedule saved to {Markup.Escape(store.Path)}");
        return ExitCodes.Ok;
    }

    private static List<ConceptItem> SelectItems(ConceptBank bank, string? topic)
    {
        if (topic is null)
        {
            var all = bank.Items.ToList();
            return all.Count > 0 ? all : throw new InputException($"no concept questions found ({string.Join("; ", bank.Errors)})");
        }
        return bank.FindTopic(topic)?.Items.ToList()
               ?? throw new InputException($"unknown topic '{topic}' (topics: {string.Join(", ", bank.Topics.Select(t => t.Id))})");
    }

    private static void NothingDue(IAnsiConsole console, ReviewDeck deck, List<ConceptItem> items)
    {
        var ids = items.Select(i => i.Id).ToHashSet();
        var next = deck.Cards.Values.Where(c => ids.Contains(c.ItemId)).OrderBy(c => c.Due).FirstOrDefault();
        console.MarkupLine(next is null
            ? "[green]Nothing due, and today's new questions are done.[/] Come back tomorrow, or raise --new-per-day."
            : $"[green]Nothing due now.[/] Next question due {next.Due.ToLocalTime():yyyy-MM-dd HH:mm}.");
    }
}
