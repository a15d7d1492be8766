namespace PyPrep.Core.Behavioral;

/// <summary>A behavioral interview question, with what a strong answer shows.</summary>
/// <param name="Id">Stable id (kebab-case), unique across the bank; stories refer to it.</param>
/// <param name="Theme">The id of the theme it belongs to.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="Shows">What a strong answer shows, one point each.</param>
/// <param name="FollowUps">Questions an interviewer may ask next.</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Line">Its line in that file.</param>
public sealed record BehavioralPrompt(
    string Id, string Theme, string Text, IReadOnlyList<string> Shows, IReadOnlyList<string> FollowUps, string File, int Line);
