namespace PyPrep.Core.Behavioral;

/// <summary>
/// The explicit weights of the STAR score. They add up to 100, and each criterion is judged on its
/// own, so a flaw costs exactly its criterion's points and nothing else:
/// <code>
/// criterion          max  full marks when                                       partial
/// Situation            8  present with 12+ words                                thin: 4
/// Task                 8  present with 8+ words                                 thin: 4
/// Action              12  present with 30+ words                                thin: 6
/// Result              12  present with 10+ words                                thin: 6
/// FirstPerson         15  the Action says "I" at least as often as "we"          -
/// MeasurableResult    15  the Result holds a number, percentage or time span     -
/// Specifics           12  3+ distinct tools or practices named                   4 per tool or practice
/// Length               8  1.5-2.5 minutes spoken at 150 words a minute           1.0-1.5 or 2.5-3.0: 4
/// Delivery            10  no filler or hedging words                             minus 1 each
/// </code>
/// A missing Result also forfeits MeasurableResult: with no outcome there is nothing measured.
/// </summary>
public static class StarWeights
{
    /// <summary>Score at or above which an answer is <see cref="StarBand.Strong"/>.</summary>
    public const int StrongAt = 90;

    /// <summary>Score at or above which an answer is <see cref="StarBand.Fair"/>.</summary>
    public const int FairAt = 60;

    /// <summary>Words per minute used to estimate speaking time.</summary>
    public const double WordsPerMinute = 150;

    /// <summary>The speaking time to aim for, in minutes.</summary>
    public const double AimMinMinutes = 1.5, AimMaxMinutes = 2.5;

    /// <summary>The band around the aim that earns half the length points.</summary>
    public const double ToleratedMinMinutes = 1.0, ToleratedMaxMinutes = 3.0;

    /// <summary>Distinct tools or practices needed for full specifics points.</summary>
    public const int SpecificsForFullMarks = 3;

    /// <summary>The most points a criterion can earn.</summary>
    public static int Max(StarCriterion criterion) => criterion switch
    {
        StarCriterion.Situation => 8,
        StarCriterion.Task => 8,
        StarCriterion.Action => 12,
        StarCriterion.Result => 12,
        StarCriterion.FirstPerson => 15,
        StarCriterion.MeasurableResult => 15,
        StarCriterion.Specifics => 12,
        StarCriterion.Length => 8,
        StarCriterion.Delivery => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    /// <summary>Fewer words than this make a present part "thin" (half its points).</summary>
    public static int ThinBelow(StarPart part) => part switch
    {
        StarPart.Situation => 12,
        StarPart.Task => 8,
        StarPart.Action => 30,
        StarPart.Result => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    /// <summary>The criterion that scores a part's presence.</summary>
    public static StarCriterion CriterionOf(StarPart part) => (StarCriterion)(int)part;
}
