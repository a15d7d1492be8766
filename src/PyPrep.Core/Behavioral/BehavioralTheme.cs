namespace PyPrep.Core.Behavioral;

/// <summary>A group of behavioral prompts (proud project, conflict, failure, ...), one file under <c>content/behavioral/prompts/</c>.</summary>
public sealed record BehavioralTheme(string Id, string Title, IReadOnlyList<BehavioralPrompt> Prompts, string File);
