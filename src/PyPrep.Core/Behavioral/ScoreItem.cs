namespace PyPrep.Core.Behavioral;

/// <summary>One line of the score: what was found, the points earned, and how to earn the rest.</summary>
/// <param name="Criterion">What is judged.</param>
/// <param name="Earned">Points earned.</param>
/// <param name="Max">Points available (<see cref="StarWeights.Max"/>).</param>
/// <param name="Finding">What the coach saw, in a sentence.</param>
/// <param name="Advice">The change that would earn the missing points; null when nothing is missing.</param>
public sealed record ScoreItem(StarCriterion Criterion, int Earned, int Max, string Finding, string? Advice)
{
    /// <summary>Points the answer left on the table.</summary>
    public int Lost => Max - Earned;
}
