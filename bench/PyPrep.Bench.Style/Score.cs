namespace PyPrep.Bench.Style;

/// <summary>Findings scored against the labels: a finding is right only for its rule on its labelled line.</summary>
internal sealed class Score
{
    public int Findings { get; private set; }
    public int Correct { get; private set; }
    public int Expected { get; private set; }
    public int Found { get; private set; }
    public List<string> FalsePositives { get; } = [];
    public List<string> Missed { get; } = [];
    public Dictionary<string, (int Expected, int Found)> ByRule { get; } = new(StringComparer.Ordinal);

    public double Precision => Findings == 0 ? 1 : (double)Correct / Findings;
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>Scores one file; <paramref name="only"/> restricts the labels counted (shared rules).</summary>
    public void Add(LabelledSnippet snippet, IEnumerable<(string Rule, int Line)> findings, IReadOnlySet<string>? only = null)
    {
        var actual = findings.ToHashSet();
        foreach (var finding in actual)
        {
            if (only is not null && !only.Contains(finding.Rule)) continue;
            Findings++;
            if (snippet.Expected.Contains(finding)) Correct++;
            else FalsePositives.Add($"{snippet.Path}:{finding.Line} {finding.Rule}");
        }
        foreach (var expected in snippet.Expected)
        {
            if (only is not null && !only.Contains(expected.Rule)) continue;
            Expected++;
            var hit = actual.Contains(expected);
            if (hit) Found++;
            else Missed.Add($"{snippet.Path}:{expected.Line} {expected.Rule}");
            var (e, f) = ByRule.GetValueOrDefault(expected.Rule);
            ByRule[expected.Rule] = (e + 1, f + (hit ? 1 : 0));
        }
    }
}
