using System.ComponentModel;
using System.Diagnostics;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Running;
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
        CheckTopic(bank, settings.Topic);
        var store = ReviewStore.Load(ReviewStore.DefaultPath(settings.Profile));
        if (settings.NewPerDay is { } perDay) store.NewCardsPerDay = perDay;
        if (settings.Retention is { } retention) store.DesiredRetention = retention;
        store.Save();

        var time = TimeProvider.System;
        if (settings.Progress)
        {
            var progress = new ConceptReview(bank, store.Settings, time).Progress(store.Deck);
            QuizView.Progress(console, progress.Where(p => settings.Topic is null || p.Topic == settings.Topic).ToList());
            return ExitCodes.Ok;
        }
        await using var sandbox = TryStartSandbox(console);
        var review = new ConceptReview(bank, store.Settings, time, sandbox is null ? null : new SpotTheBugGrader(sandbox.Grader));
        IQuizInput input = Console.IsInputRedirected ? new LineQuizInput(Console.In, console) : new TerminalQuizInput(console);
        var asker = new QuizAsker(console, input);

        var asked = 0;
        var right = 0;
        while (asked < settings.Count && !cancellationToken.IsCancellationRequested)
        {
            if (review.Next(store.Deck, settings.Topic) is not { } item)
            {
                NothingDue(console, store.Deck, bank, settings.Topic);
                break;
            }
            console.Write(new Rule($"[grey]{asked + 1}/{settings.Count} · {Markup.Escape(item.Topic)} · {item.Level.ToString().ToLowerInvariant()}[/]").LeftJustified());
            var clock = Stopwatch.StartNew();
            if (asker.Ask(item) is not { } response)
            {
                console.MarkupLine("[grey]No more answers; stopping.[/]");
                break;
            }
            var result = await review.AnswerAsync(store.Deck, item.Id, response, clock.Elapsed, cancellationToken);
            store.Save();
            asked++;
            if (result.Outcome.Correct) right++;
            QuizView.Explain(console, result, review.Scheduler.Now);
        }
        if (asked > 0) console.MarkupLine($"[bold]{right}/{asked} right.[/] Schedule saved to {Markup.Escape(store.Path)}");
        return ExitCodes.Ok;
    }

    private static void CheckTopic(ConceptBank bank, string? topic)
    {
        if (!bank.Items.Any()) throw new InputException($"no concept questions found ({string.Join("; ", bank.Errors)})");
        if (topic is not null && bank.FindTopic(topic) is null)
            throw new InputException($"unknown topic '{topic}' (topics: {string.Join(", ", bank.Topics.Select(t => t.Id))})");
    }

    // Spot-the-bug fixes run in the sandbox; without one, those questions are left out.
    private static CliRuntime? TryStartSandbox(IAnsiConsole console)
    {
        try
        {
            return CliRuntime.Start(warmSlots: 1);
        }
        catch (SandboxUnavailableException e)
        {
            console.MarkupLine($"[yellow]Sandbox unavailable ({Markup.Escape(e.Message)}): spot-the-bug questions are skipped.[/]");
            return null;
        }
    }

    private static void NothingDue(IAnsiConsole console, ReviewDeck deck, ConceptBank bank, string? topic)
    {
        var next = deck.Cards.Values.Where(c => topic is null || bank.Find(c.ItemId)?.Topic == topic).OrderBy(c => c.Due).FirstOrDefault();
        console.MarkupLine(next is null
            ? "[green]Nothing due, and today's new questions are done.[/] Come back tomorrow, or raise --new-per-day."
            : $"[green]Nothing due now.[/] Next question due {next.Due.ToLocalTime():yyyy-MM-dd HH:mm}.");
    }
}
