using System.Text.RegularExpressions;

namespace PyPrep.Core.Design;

/// <summary>
/// A filled design worksheet: the candidate's text per section id. Persistence-agnostic; a worksheet
/// can also be read from Markdown with one <c>## Section title</c> heading per section.
/// </summary>
public sealed partial record Worksheet(string Scenario, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>The answer for a section ("" when empty).</summary>
    public string Answer(string section) => Answers.TryGetValue(section, out var text) ? text : "";

    /// <summary>
    /// Reads Markdown whose <c>## Title</c> headings name worksheet sections ("## Data model");
    /// text under unknown headings, or before the first heading, is kept under the id "notes".
    /// </summary>
    public static Worksheet FromMarkdown(string scenario, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var answers = new Dictionary<string, string>();
        var current = "notes";
        var lines = new List<string>();
        void Flush()
        {
            var text = string.Join('\n', lines).Trim();
            if (text.Length > 0) answers[current] = answers.TryGetValue(current, out var before) ? before + "\n" + text : text;
            lines.Clear();
        }
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                Flush();
                current = WorksheetSections.FromTitle(heading.Groups[1].Value) ?? "notes";
                continue;
            }
            lines.Add(line);
        }
        Flush();
        return new Worksheet(scenario, answers);
    }

    [GeneratedRegex(@"^##\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
