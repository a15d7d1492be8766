namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// The body of <c>POST /api/stories</c> and <c>PUT /api/stories/{id}</c>:
/// <c>{"title": text, "answer": text, "prompts": [prompt id, ...]}</c>.
/// </summary>
public sealed record StoryRequest(string? Title, string? Answer, IReadOnlyList<string>? Prompts);
