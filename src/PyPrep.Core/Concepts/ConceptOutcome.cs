namespace PyPrep.Core.Concepts;

/// <summary>How an answer to a concept question fared: right or not, and a score from 0 to 1 for partial answers.</summary>
public sealed record ConceptOutcome(bool Correct, double Score, string? Detail = null)
{
    public static ConceptOutcome Right { get; } = new(true, 1);
    public static ConceptOutcome Wrong(string? detail = null) => new(false, 0, detail);
}
