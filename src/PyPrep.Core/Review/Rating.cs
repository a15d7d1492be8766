namespace PyPrep.Core.Review;

/// <summary>The four FSRS grades; the numbers are the G of the published formulas.</summary>
public enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
