namespace PyPrep.Core.Behavioral;

/// <summary>What the STAR coach found in one answer (see <see cref="StarCoach"/>).</summary>
public sealed record StarReport
{
    /// <summary>Situation, Task, Action and Result, in that order.</summary>
    public required IReadOnlyList<PartReport> Parts { get; init; }

    /// <summary>Whether the Action is told with "I" at least as often as "we".</summary>
    public required bool FirstPerson { get; init; }

    /// <summary>Occurrences of I/me/my... in the Action (or the whole answer when there is no Action).</summary>
    public required int FirstPersonCount { get; init; }

    /// <summary>Occurrences of we/us/our... in the same text.</summary>
    public required int TeamCount { get; init; }

    /// <summary>Whether the Result holds a number, percentage or span of time.</summary>
    public required bool MeasurableResult { get; init; }

    /// <summary>The measures found in the Result ("40%", "two", "a week").</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>Distinct tools and practices named, in order of first mention.</summary>
    public required IReadOnlyList<string> Tools { get; init; }

    /// <summary>Spoken words: everything but the question line and the STAR labels.</summary>
    public required int Words { get; init; }

    /// <summary>Estimated speaking time at <see cref="StarWeights.WordsPerMinute"/>.</summary>
    public double SpeakingMinutes => Words / StarWeights.WordsPerMinute;

    /// <summary>Filler words found, with counts.</summary>
    public required IReadOnlyList<TermCount> Fillers { get; init; }

    /// <summary>Hedging words found, with counts.</summary>
    public required IReadOnlyList<TermCount> Hedges { get; init; }

    /// <summary>Every criterion with its points, in <see cref="StarCriterion"/> order.</summary>
    public required IReadOnlyList<ScoreItem> Breakdown { get; init; }

    /// <summary>0-100: the sum of <see cref="Breakdown"/>.</summary>
    public int Score => Breakdown.Sum(i => i.Earned);

    /// <summary>Strong, fair or weak, from <see cref="Score"/>.</summary>
    public StarBand Band => Score >= StarWeights.StrongAt ? StarBand.Strong : Score >= StarWeights.FairAt ? StarBand.Fair : StarBand.Weak;

    /// <summary>
    /// At most three changes, those that would recover the most points (ties in criterion order),
    /// each ending with the points it is worth.
    /// </summary>
    public IReadOnlyList<string> Advice => Breakdown
        .Where(i => i.Advice is not null && i.Lost > 0)
        .OrderByDescending(i => i.Lost).ThenBy(i => i.Criterion)
        .Take(3)
        .Select(i => $"{i.Advice} (+{i.Lost} points)")
        .ToList();

    /// <summary>The report of one part.</summary>
    public PartReport Part(StarPart part) => Parts[(int)part];
}
