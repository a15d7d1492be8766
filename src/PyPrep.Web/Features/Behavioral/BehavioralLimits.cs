namespace PyPrep.Web.Features.Behavioral;

/// <summary>How much the behavioral API takes in: generous for any spoken answer, small enough to refuse abuse.</summary>
internal static class BehavioralLimits
{
    /// <summary>An answer's UTF-8 size: 32 KiB is about 5,000 words, half an hour of speaking.</summary>
    public const int MaxAnswerBytes = 32 * 1024;

    public const int MaxTitleChars = 200;

    /// <summary>Stories one profile may keep; a few per prompt is already plenty.</summary>
    public const int MaxStories = 500;

    /// <summary>Request bodies: JSON escapes can make the text up to six times larger, plus the other fields.</summary>
    public const long MaxBodyBytes = MaxAnswerBytes * 6L + 64 * 1024;
}
