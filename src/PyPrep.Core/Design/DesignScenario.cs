namespace PyPrep.Core.Design;

/// <summary>A system design exercise: the prompt, the worksheet the candidate fills, the rubric, and a reference design.</summary>
public sealed record DesignScenario
{
    /// <summary>Folder name under <c>content/design/</c>.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    /// <summary>junior, mid or senior.</summary>
    public required string Level { get; init; }
    /// <summary>The problem as the interviewer states it (Markdown).</summary>
    public required string Prompt { get; init; }
    /// <summary>One question per worksheet section, in <see cref="WorksheetSections"/> order.</summary>
    public required IReadOnlyList<WorksheetQuestion> Worksheet { get; init; }
    public required IReadOnlyList<RubricItem> Rubric { get; init; }
    public required Diagram Diagram { get; init; }
    /// <summary>The reference design (Markdown, one <c>## Section</c> per worksheet section).</summary>
    public required string Reference { get; init; }
    /// <summary>Slugs of coding challenges that make the design concrete.</summary>
    public IReadOnlyList<string> Companions { get; init; } = [];
    /// <summary>Line of <c>companions</c> in the scenario file (0 when absent).</summary>
    public int CompanionsLine { get; init; }
    /// <summary>Line of <c>diagram</c> in the scenario file.</summary>
    public int DiagramLine { get; init; }
    public required string Directory { get; init; }
    /// <summary>The scenario file, for error messages.</summary>
    public string File => Path.Combine(Directory, "scenario.yaml");
}
