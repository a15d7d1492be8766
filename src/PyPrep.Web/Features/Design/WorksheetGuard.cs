using PyPrep.Core.Design;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Design;

/// <summary>The checks on a worksheet sent to the API; each refusal is a problem-details answer.</summary>
internal static class WorksheetGuard
{
    /// <summary>The worksheet to judge or store (blank sections left out), or the problem to answer with.</summary>
    public static (Worksheet? Worksheet, IResult? Problem) Read(string scenario, WorksheetRequest request)
    {
        if (request.Answers is null) return (null, Problems.Invalid("answers", "is required: an object of worksheet section id to text"));
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (section, text) in request.Answers)
        {
            if (!WorksheetSections.IsKnown(section))
                return (null, Problems.Invalid("answers", $"unknown section '{section}' (known: {string.Join(", ", WorksheetSections.All.Select(s => s.Id))})"));
            if (text is { Length: > DesignLimits.MaxSectionChars })
                return (null, Problems.TooLarge($"section '{section}' is longer than {DesignLimits.MaxSectionChars} characters"));
            if (!string.IsNullOrWhiteSpace(text)) answers[section] = text;
        }
        return (new Worksheet(scenario, answers), null);
    }
}
