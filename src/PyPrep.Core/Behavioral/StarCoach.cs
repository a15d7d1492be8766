using System.Globalization;
using System.Text.RegularExpressions;

namespace PyPrep.Core.Behavioral;

/// <summary>
/// Reads a behavioral answer and reports its STAR structure, whether the Action is told in the first
/// person, whether the Result is measurable, the tools named, its length, filler and hedging, and a
/// score whose every point is explained (<see cref="StarWeights"/>). Pure: no I/O, no clock.
/// </summary>
public sealed partial class StarCoach
{
    private readonly List<(string Name, Regex[] Patterns)> terms;
    private readonly List<(string Term, Regex Pattern)> fillers;
    private readonly List<(string Term, Regex Pattern)> hedges;

    /// <summary>A coach that recognises the tools, practices, fillers and hedges of <paramref name="vocabulary"/>.</summary>
    public StarCoach(StarVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        terms = vocabulary.Tools.Concat(vocabulary.Practices)
            .Select(t => (t.Name, t.Spellings.Select(StarText.Phrase).ToArray())).ToList();
        fillers = vocabulary.Fillers.Select(f => (f, StarText.Phrase(f))).ToList();
        hedges = vocabulary.Hedges.Select(h => (h, StarText.Phrase(h))).ToList();
    }

    /// <summary>Analyses one answer; any text is accepted (an empty one simply scores low).</summary>
    public StarReport Analyze(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var segments = StarSegmenter.Split(answer);
        var parts = Enum.GetValues<StarPart>().Select(p =>
        {
            var text = segments.Texts[(int)p];
            var words = StarText.Words(text);
            var present = segments.Present[(int)p];
            return new PartReport(p, present, present && words < StarWeights.ThinBelow(p), words, present ? text : "", segments.Labelled && present);
        }).ToList();

        var action = parts[(int)StarPart.Action];
        var voiceText = action.Present ? action.Text : segments.Spoken;
        var me = FirstPersonWord().Count(voiceText);
        var us = TeamWord().Count(voiceText);
        var result = parts[(int)StarPart.Result];
        var measures = result.Present ? Measures(result.Text) : [];
        var tools = Tools(segments.Spoken);
        var words = StarText.Words(segments.Spoken);
        var fillerCounts = Count(fillers, segments.Spoken);
        var hedgeCounts = Count(hedges, segments.Spoken);

        var breakdown = new List<ScoreItem>();
        breakdown.AddRange(parts.Select(PartItem));
        breakdown.Add(VoiceItem(action.Present, me, us));
        breakdown.Add(MeasureItem(result.Present, measures));
        breakdown.Add(SpecificsItem(tools));
        breakdown.Add(LengthItem(words));
        breakdown.Add(DeliveryItem(fillerCounts.Concat(hedgeCounts).ToList()));

        return new StarReport
        {
            Parts = parts,
            FirstPerson = me > 0 && me >= us,
            FirstPersonCount = me,
            TeamCount = us,
            MeasurableResult = measures.Count > 0,
            Measures = measures,
            Tools = tools,
            Words = words,
            Fillers = fillerCounts,
            Hedges = hedgeCounts,
            Breakdown = breakdown,
        };
    }

    private static ScoreItem PartItem(PartReport part)
    {
        var criterion = StarWeights.CriterionOf(part.Part);
        var max = StarWeights.Max(criterion);
        var name = part.Part.ToString();
        if (!part.Present)
            return new(criterion, 0, max, $"No {name.ToLowerInvariant()} found.", MissingAdvice[part.Part]);
        if (part.Thin)
            return new(criterion, max / 2, max, $"{name} is thin: {part.Words} words (fewer than {StarWeights.ThinBelow(part.Part)}).",
                string.Format(CultureInfo.InvariantCulture, ThinAdvice[part.Part], part.Words));
        return new(criterion, max, max, $"{name}: {part.Words} words.", null);
    }

    private static readonly Dictionary<StarPart, string> MissingAdvice = new()
    {
        [StarPart.Situation] = "Open with the situation in one or two sentences: where you were, which system, and what was wrong",
        [StarPart.Task] = "Say what you were responsible for: the goal, the constraint, and why it fell to you",
        [StarPart.Action] = "Tell what you did, step by step and in order; the action should be the longest part",
        [StarPart.Result] = "End with the result: what changed, for whom, and how you know",
    };

    private static readonly Dictionary<StarPart, string> ThinAdvice = new()
    {
        [StarPart.Situation] = "Give the situation more context ({0} words now): the system, its size, and why it mattered",
        [StarPart.Task] = "Make the task explicit ({0} words now): the goal and the constraint you worked under",
        [StarPart.Action] = "Expand the action ({0} words now): the steps you took and why you chose each one",
        [StarPart.Result] = "Say more about the result ({0} words now): the outcome and what it changed for others",
    };

    private static ScoreItem VoiceItem(bool actionPresent, int me, int us)
    {
        var max = StarWeights.Max(StarCriterion.FirstPerson);
        var where = actionPresent ? "the action" : "the answer";
        var finding = $"In {where}: {me} × I/me/my, {us} × we/us/our.";
        return me > 0 && me >= us
            ? new(StarCriterion.FirstPerson, max, max, finding, null)
            : new(StarCriterion.FirstPerson, 0, max, finding,
                "Tell the action in the first person (\"I wrote...\", not \"we did...\"): credit the team once, then say what you did");
    }

    private static ScoreItem MeasureItem(bool resultPresent, IReadOnlyList<string> measures)
    {
        var max = StarWeights.Max(StarCriterion.MeasurableResult);
        if (measures.Count > 0)
            return new(StarCriterion.MeasurableResult, max, max, $"Measures in the result: {string.Join(", ", measures)}.", null);
        return new(StarCriterion.MeasurableResult, 0, max,
            resultPresent ? "The result has no number, percentage or time span." : "No result, so nothing is measured.",
            "Put a number on the result: a percentage, a count, or time saved (\"the nightly job went from 50 to 8 minutes\")");
    }

    private static ScoreItem SpecificsItem(IReadOnlyList<string> tools)
    {
        var max = StarWeights.Max(StarCriterion.Specifics);
        var earned = Math.Min(tools.Count, StarWeights.SpecificsForFullMarks) * max / StarWeights.SpecificsForFullMarks;
        var finding = tools.Count == 0 ? "No tools or practices named." : $"Named: {string.Join(", ", tools)}.";
        return new(StarCriterion.Specifics, earned, max, finding, earned == max ? null :
            $"Name the concrete tools and practices you used (a library, a test framework, CI, code review): {tools.Count} named so far");
    }

    private static ScoreItem LengthItem(int words)
    {
        var max = StarWeights.Max(StarCriterion.Length);
        var minutes = words / StarWeights.WordsPerMinute;
        var shown = ShownMinutes(minutes);
        var finding = string.Format(CultureInfo.InvariantCulture, "{0} words, about {1:0.0} minutes spoken.", words, shown);
        if (minutes is >= StarWeights.AimMinMinutes and <= StarWeights.AimMaxMinutes)
            return new(StarCriterion.Length, max, max, finding, null);
        var earned = minutes is >= StarWeights.ToleratedMinMinutes and <= StarWeights.ToleratedMaxMinutes ? max / 2 : 0;
        var lowWords = (int)(StarWeights.AimMinMinutes * StarWeights.WordsPerMinute);
        var highWords = (int)(StarWeights.AimMaxMinutes * StarWeights.WordsPerMinute);
        var advice = minutes < StarWeights.AimMinMinutes
            ? string.Format(CultureInfo.InvariantCulture, "Say more: about {0:0.0} minutes now; aim for 1.5-2.5 ({1}-{2} words), adding why you chose what you did", shown, lowWords, highWords)
            : string.Format(CultureInfo.InvariantCulture, "Trim to 1.5-2.5 minutes ({1}-{2} words; about {0:0.0} now): keep the action and the result, cut the background", shown, lowWords, highWords);
        return new(StarCriterion.Length, earned, max, finding, advice);
    }

    /// <summary>
    /// Minutes to one decimal, rounded away from the aim when outside it: 1.45 minutes shown as
    /// "1.5" next to "aim for 1.5-2.5" would contradict the half marks it earns.
    /// </summary>
    private static double ShownMinutes(double minutes) => minutes switch
    {
        < StarWeights.AimMinMinutes => Math.Floor(minutes * 10) / 10,
        > StarWeights.AimMaxMinutes => Math.Ceiling(minutes * 10) / 10,
        _ => Math.Round(minutes, 1),
    };

    private static ScoreItem DeliveryItem(IReadOnlyList<TermCount> found)
    {
        var max = StarWeights.Max(StarCriterion.Delivery);
        var total = found.Sum(f => f.Count);
        if (total == 0) return new(StarCriterion.Delivery, max, max, "No filler or hedging.", null);
        var list = string.Join(", ", found.Select(f => f.Count == 1 ? $"\"{f.Term}\"" : $"\"{f.Term}\" ×{f.Count}"));
        return new(StarCriterion.Delivery, Math.Max(0, max - total), max, $"Filler and hedging: {list}.",
            $"Drop the filler and hedging ({list}) and state what you did plainly");
    }

    private List<string> Tools(string text) => terms
        .Select(t => (t.Name, At: t.Patterns.Select(p => p.Match(text)).Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(-1).Min()))
        .Where(t => t.At >= 0)
        .OrderBy(t => t.At).ThenBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => t.Name).ToList();

    private static List<TermCount> Count(List<(string Term, Regex Pattern)> phrases, string text) => phrases
        .Select(p => new TermCount(p.Term, p.Pattern.Count(text)))
        .Where(c => c.Count > 0).ToList();

    private static List<string> Measures(string text) =>
        Measure().Matches(text).Select(m => m.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    // The speaker: I, I'm, I've, I'd, I'll, me, my, mine, myself.
    [GeneratedRegex(@"(?<![\w'])(I|I['’](m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\w'’])", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonWord();

    // The team: we, we're, we've, we'd, we'll, us, our, ours, ourselves.
    [GeneratedRegex(@"(?<![\w'])(we|we['’](re|ve|d|ll)|us|our|ours|ourselves)(?![\w'’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamWord();

    // Numbers (40%, 1,200, 3x, 2.5), counting words, and spans of time ("a week", "per day").
    [GeneratedRegex(@"\d[\d,.]*\d%?|\d+\s*(%|x\b|×)?|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|twice|half|halved|doubled|tripled)\b|\b(a|an|one|per|each|every)\s+(second|minute|hour|day|week|month|quarter|year|sprint)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measure();
}
