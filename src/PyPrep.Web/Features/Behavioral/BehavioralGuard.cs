using System.Text;
using PyPrep.Core.Behavioral;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>The checks on what the behavioral API is sent; each refusal is a problem-details answer.</summary>
internal static class BehavioralGuard
{
    /// <summary>Null when the answer may be analysed, else the problem to answer with.</summary>
    public static IResult? Answer(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return Problems.Invalid("answer", "is required and must not be blank");
        if (Encoding.UTF8.GetByteCount(answer) > BehavioralLimits.MaxAnswerBytes)
            return Problems.TooLarge($"answer is larger than the limit of {BehavioralLimits.MaxAnswerBytes} bytes (about half an hour of speaking)");
        return null;
    }

    /// <summary>Null when the story may be stored: a title, an answer, and prompt ids the bank knows.</summary>
    public static IResult? Story(StoryRequest request, BehavioralBank bank)
    {
        if (string.IsNullOrWhiteSpace(request.Title)) return Problems.Invalid("title", "is required: a short name for the story");
        if (request.Title.Trim().Length > BehavioralLimits.MaxTitleChars)
            return Problems.Invalid("title", $"must be at most {BehavioralLimits.MaxTitleChars} characters");
        if (Answer(request.Answer) is { } refused) return refused;
        foreach (var id in request.Prompts ?? [])
        {
            if (bank.Find(id ?? "") is null) return Problems.Invalid("prompts", $"unknown prompt '{id}' (see GET /api/behavioral/prompts)");
        }
        return null;
    }
}
