using PyPrep.Core.Design;

namespace PyPrep.Web.Features.Design;

/// <summary>How much a worksheet may hold: plenty for notes in an interview, small enough to refuse abuse.</summary>
internal static class DesignLimits
{
    /// <summary>Characters per section: about 1,200 words.</summary>
    public const int MaxSectionChars = 8000;

    /// <summary>Request bodies: every section full, JSON escapes up to six times larger, plus the keys.</summary>
    public static long MaxBodyBytes => WorksheetSections.All.Count * MaxSectionChars * 6L + 16 * 1024;
}
