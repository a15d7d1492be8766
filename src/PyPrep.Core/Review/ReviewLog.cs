namespace PyPrep.Core.Review;

/// <summary>One answer: which card, how it was rated, when, and the state it left the card in.</summary>
public sealed record ReviewLog(string ItemId, Rating Rating, DateTime ReviewedAt, CardState StateBefore, DateTime DueAfter);
