using PyPrep.Core.Review;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// Concept review settings for every profile on this server. Bound from "Review" and validated at
/// start with the scheduler's own rules.
/// </summary>
public sealed record ReviewOptions
{
    public const string Section = "Review";

    /// <summary>How many never-seen questions a profile is given each day.</summary>
    public int NewCardsPerDay { get; init; } = 20;

    /// <summary>The chance of recall at which a question comes back, 0.7 to 0.99; higher means more reviews.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    public ReviewSettings ToSettings() => new() { NewCardsPerDay = NewCardsPerDay, DesiredRetention = DesiredRetention };
}
