namespace PyPrep.Core.Review;

/// <summary>Where a card is in the FSRS state machine.</summary>
public enum CardState
{
    /// <summary>Never reviewed.</summary>
    New,
    /// <summary>Reviewed today for the first time; comes back after short learning steps.</summary>
    Learning,
    /// <summary>Graduated: comes back after an interval of days.</summary>
    Review,
    /// <summary>Forgotten during review; comes back after short relearning steps.</summary>
    Relearning,
}
