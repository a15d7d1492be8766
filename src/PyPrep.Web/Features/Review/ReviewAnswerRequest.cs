using System.Text.Json.Serialization;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// The body of <c>POST /api/review/answer</c>: the question's id, the answer in the field its kind
/// uses (<c>text</c> for predict-output, <c>selected</c> option or key-point indexes from 0 for
/// choice and short-answer, <c>code</c> for spot-the-bug) and <c>elapsed_ms</c>, how long the
/// candidate took (quick right answers are rated easy, slow ones hard). <c>topic</c>, optional, is
/// the topic the candidate is reviewing: the answer then says what is left of that topic today.
/// </summary>
public sealed record ReviewAnswerRequest(
    string? Item,
    string? Text,
    IReadOnlyList<int>? Selected,
    string? Code,
    [property: JsonPropertyName("elapsed_ms")] long? ElapsedMs,
    string? Topic = null);
