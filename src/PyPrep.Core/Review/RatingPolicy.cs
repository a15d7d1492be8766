using PyPrep.Core.Concepts;

namespace PyPrep.Core.Review;

/// <summary>
/// Turns a checked answer and the time it took into an FSRS rating: wrong is Again (a short answer
/// covering at least half its key points is Hard), right and quick is Easy, right is Good, right
/// but slow is Hard. "Quick" and "slow" depend on the kind of question.
/// </summary>
public static class RatingPolicy
{
    /// <summary>Answers at or under the first time are quick; over the second, slow.</summary>
    public static (TimeSpan Quick, TimeSpan Slow) Thresholds(ConceptKind kind) => kind switch
    {
        ConceptKind.Choice => (TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60)),
        ConceptKind.PredictOutput => (TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(90)),
        ConceptKind.SpotTheBug => (TimeSpan.FromSeconds(90), TimeSpan.FromMinutes(10)),
        _ => (TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(5)),
    };

    public static Rating Rate(ConceptKind kind, ConceptOutcome outcome, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Correct)
            return kind == ConceptKind.ShortAnswer && outcome.Score >= 0.5 ? Rating.Hard : Rating.Again;
        var (quick, slow) = Thresholds(kind);
        return elapsed <= quick ? Rating.Easy : elapsed <= slow ? Rating.Good : Rating.Hard;
    }
}
