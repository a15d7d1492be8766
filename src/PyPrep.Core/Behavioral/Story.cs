namespace PyPrep.Core.Behavioral;

/// <summary>
/// A story the candidate keeps for behavioral interviews, and the prompts it answers. Immutable and
/// persistence-agnostic: storage maps it to its own entity.
/// </summary>
/// <param name="Id">Stable id chosen by whoever stores it.</param>
/// <param name="Title">A short name for the story ("CSV tool refactor").</param>
/// <param name="Answer">The answer text, as the STAR coach reads it.</param>
/// <param name="PromptIds">Ids of the <see cref="BehavioralPrompt"/>s it answers.</param>
public sealed record Story(string Id, string Title, string Answer, IReadOnlySet<string> PromptIds)
{
    /// <summary>A story that answers no prompt yet.</summary>
    public static Story Create(string id, string title, string answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(answer);
        return new Story(id, title, answer, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Whether it is mapped to the prompt.</summary>
    public bool Answers(string promptId) => PromptIds.Contains(promptId);

    /// <summary>The same story also answering <paramref name="promptId"/>.</summary>
    public Story Link(string promptId) =>
        this with { PromptIds = new HashSet<string>(PromptIds.Append(promptId), StringComparer.Ordinal) };

    /// <summary>The same story no longer answering <paramref name="promptId"/>.</summary>
    public Story Unlink(string promptId) =>
        this with { PromptIds = new HashSet<string>(PromptIds.Where(p => p != promptId), StringComparer.Ordinal) };
}
