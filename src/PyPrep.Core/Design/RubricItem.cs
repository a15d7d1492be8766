namespace PyPrep.Core.Design;

/// <summary>
/// One thing a good design covers, tied to the worksheet section where it belongs. It counts as
/// covered when at least <paramref name="Need"/> of its <paramref name="Concepts"/> appear there; each
/// concept is a set of interchangeable words ("redis|memcached").
/// </summary>
/// <param name="Id">Stable id within the scenario.</param>
/// <param name="Section">The worksheet section it links to.</param>
/// <param name="Point">What the interviewer wants to hear, in a sentence.</param>
/// <param name="Concepts">Each concept's alternative spellings.</param>
/// <param name="Need">How many concepts must be found.</param>
/// <param name="Line">Its line in the scenario file.</param>
public sealed record RubricItem(string Id, string Section, string Point, IReadOnlyList<IReadOnlyList<string>> Concepts, int Need, int Line);
