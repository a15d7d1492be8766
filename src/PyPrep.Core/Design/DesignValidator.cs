using System.Xml;
using PyPrep.Core.Content;

namespace PyPrep.Core.Design;

/// <summary>
/// Checks a scenario beyond what loading checks: its diagram renders to well-formed SVG, its reference
/// design has a section for every worksheet section and covers every rubric item (so no rubric item asks
/// for words the reference itself never uses), and its companions are challenges of the bank.
/// </summary>
public static class DesignValidator
{
    /// <summary>Every problem found, each naming the file and line to fix.</summary>
    public static IReadOnlyList<ContentError> Check(DesignScenario scenario, IReadOnlyCollection<string> challengeSlugs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(challengeSlugs);
        var errors = new List<ContentError>();
        try
        {
            new XmlDocument().LoadXml(DiagramSvg.Render(scenario.Diagram, scenario.Title));
        }
        catch (XmlException e)
        {
            errors.Add(new ContentError(scenario.File, scenario.DiagramLine, $"diagram does not render to well-formed SVG: {e.Message}"));
        }

        var referenceFile = Path.Combine(scenario.Directory, "reference.md");
        var reference = Worksheet.FromMarkdown(scenario.Slug, scenario.Reference);
        foreach (var question in scenario.Worksheet.Where(q => reference.Answer(q.Section).Length == 0))
            errors.Add(new ContentError(referenceFile, 0, $"no '## {WorksheetSections.Title(question.Section)}' section"));
        foreach (var item in RubricCoverage.Evaluate(scenario, reference).Items.Where(i => i.Status != CoverageStatus.Covered))
            errors.Add(new ContentError(scenario.File, item.Item.Line,
                $"rubric item '{item.Item.Id}' is not covered by the reference's '{WorksheetSections.Title(item.Item.Section)}' section (missing: {string.Join(", ", item.Missing)})"));

        foreach (var companion in scenario.Companions.Where(c => !challengeSlugs.Contains(c)))
            errors.Add(new ContentError(scenario.File, scenario.CompanionsLine, $"companion challenge '{companion}' is not in the bank"));
        return errors;
    }
}
