using PyPrep.Core.Grading;
using PyPrep.Core.Review;

namespace PyPrep.Core.Concepts;

/// <summary>What one answer did: how it was judged and rated, the card's new schedule, and the grading run of a fix.</summary>
public sealed record ReviewResult(ConceptItem Item, ConceptOutcome Outcome, Rating Rating, ReviewCard Card, ReviewLog Log, GradingRun? Run = null);
