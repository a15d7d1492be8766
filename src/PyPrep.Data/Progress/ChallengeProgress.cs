namespace PyPrep.Data.Progress;

/// <summary>What a user has done with a challenge beyond submitting: hints revealed, giving up.</summary>
public sealed class ChallengeProgress
{
    public required string UserId { get; set; }
    public required string Challenge { get; set; }
    public int HintsRevealed { get; set; }
    /// <summary>Giving up unlocks the walkthrough, like solving does.</summary>
    public bool GaveUp { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
