namespace PyPrep.Core.Design;

/// <summary>Whether a rubric item is covered in its own section, only somewhere else, or not at all.</summary>
public enum CoverageStatus
{
    Missing,
    Elsewhere,
    Covered,
}
