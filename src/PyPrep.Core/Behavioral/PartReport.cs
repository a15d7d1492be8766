namespace PyPrep.Core.Behavioral;

/// <summary>One STAR part as found in the answer.</summary>
/// <param name="Part">Which part.</param>
/// <param name="Present">Whether the answer tells it (a label with text, or sentences with its cues).</param>
/// <param name="Thin">Present but shorter than <see cref="StarWeights.ThinBelow"/>.</param>
/// <param name="Words">Its length in words.</param>
/// <param name="Text">The text attributed to it (empty when missing).</param>
/// <param name="Labelled">Whether the candidate labelled it ("Situation:"), rather than the coach inferring it.</param>
public sealed record PartReport(StarPart Part, bool Present, bool Thin, int Words, string Text, bool Labelled);
