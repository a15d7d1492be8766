using System.Text;
using System.Text.RegularExpressions;

namespace PyPrep.Core.Behavioral;

/// <summary>
/// Splits an answer into its STAR parts. Labelled answers ("S - Situation:", "**Task**:", "Action:")
/// are split at their labels. Unlabelled ones are split into sentences, each sentence gets a part
/// by its cue phrases (<see cref="StarCues"/>) and its position, and the parts must come in STAR order.
/// </summary>
internal static partial class StarSegmenter
{
    /// <summary>The answer split into parts, and the words a candidate would say aloud.</summary>
    public sealed record Segments(string[] Texts, bool[] Present, bool Labelled, string Spoken);

    public static Segments Split(string answer)
    {
        var text = QuestionLine().Replace(answer.Replace("\r\n", "\n"), "");
        var labels = Label().Matches(text);
        return labels.Count > 0 ? SplitLabelled(text, labels) : SplitByCues(text);
    }

    private static Segments SplitLabelled(string text, MatchCollection labels)
    {
        var parts = new StringBuilder[4];
        for (var i = 0; i < 4; i++) parts[i] = new StringBuilder();
        var spoken = new StringBuilder(text[..labels[0].Index]);
        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var body = text[start..end].Trim();
            var part = Parse(labels[i].Groups["name"].Value);
            parts[(int)part].Append(parts[(int)part].Length > 0 ? "\n" : "").Append(body);
            spoken.Append('\n').Append(body);
        }
        var texts = parts.Select(p => p.ToString()).ToArray();
        return new Segments(texts, texts.Select(t => StarText.Words(t) > 0).ToArray(), Labelled: true, spoken.ToString());
    }

    private static Segments SplitByCues(string text)
    {
        var sentences = Sentences(text);
        var n = sentences.Count;
        var texts = new string[4];
        var present = new bool[4];
        if (n == 0) return new Segments(["", "", "", ""], present, Labelled: false, text);

        // Each sentence scores 2 per cue of a part, plus up to 1 for sitting where that part usually sits.
        var score = new double[n, 4];
        var cues = new int[n, 4];
        for (var i = 0; i < n; i++)
        {
            var position = n == 1 ? 0.0 : (double)i / (n - 1);
            for (var p = 0; p < 4; p++)
            {
                cues[i, p] = StarCues.Count((StarPart)p, sentences[i]);
                score[i, p] = 2 * Math.Min(cues[i, p], 3) + (1 - Math.Abs(position - Centre[p]));
            }
        }

        // Best assignment whose parts never go backwards (S before T before A before R).
        var best = new double[n, 4];
        var from = new int[n, 4];
        for (var p = 0; p < 4; p++) best[0, p] = score[0, p];
        for (var i = 1; i < n; i++)
        {
            for (var p = 0; p < 4; p++)
            {
                var q = Enumerable.Range(0, p + 1).MaxBy(k => best[i - 1, k]);
                best[i, p] = best[i - 1, q] + score[i, p];
                from[i, p] = q;
            }
        }
        var assigned = new int[n];
        assigned[n - 1] = Enumerable.Range(0, 4).MaxBy(k => best[n - 1, k]);
        for (var i = n - 1; i > 0; i--) assigned[i - 1] = from[i, assigned[i]];

        for (var p = 0; p < 4; p++)
        {
            var mine = Enumerable.Range(0, n).Where(i => assigned[i] == p).ToList();
            texts[p] = string.Join(" ", mine.Select(i => sentences[i]));
            // A part needs its own cues to count as told; only the opening scene may be bare.
            present[p] = mine.Count > 0 && (p == (int)StarPart.Situation || mine.Any(i => cues[i, p] > 0));
        }
        return new Segments(texts, present, Labelled: false, text);
    }

    // Where each part usually sits in an answer, as a fraction of the way through.
    private static readonly double[] Centre = [0.0, 0.25, 0.6, 1.0];

    private static List<string> Sentences(string text) =>
        SentenceBreak().Split(Blank().Replace(text, " ").Trim())
            .Select(s => s.Trim()).Where(s => StarText.Words(s) > 0).ToList();

    private static StarPart Parse(string name) => char.ToLowerInvariant(name[0]) switch
    {
        's' => StarPart.Situation,
        't' => StarPart.Task,
        'a' => StarPart.Action,
        _ => StarPart.Result,
    };

    // "S - Situation:", "Situation:", "**Task**:", "## Action", "Result —" at the start of a line,
    // or right after a sentence ends ("... in one script. Task: ...").
    [GeneratedRegex(@"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:[#>*_-]+[ \t]*)?(?:[STAR][ \t]*[-–—:.)][ \t]*)?(?:\*\*|__)?(?<name>situation|task|action|result)s?(?:\*\*|__)?(?:[ \t]*:|[ \t]+[–—-]|\*\*[ \t]*:|[ \t]*(?=\n)|[ \t]*$)[ \t]*",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // The interview question, when pasted in with the answer: it is not spoken.
    [GeneratedRegex(@"^[ \t]*(?:Q|Question)[ \t]*[:.][^\n]*\n?", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionLine();

    // Line breaks, bullets and list numbers inside a paragraph.
    [GeneratedRegex(@"\s*\n[ \t]*(?:[-*•]|\d+[.)])?[ \t]*")]
    private static partial Regex Blank();

    // A sentence ends at . ! or ? followed by space and a capital, digit or quote.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""“'(])")]
    private static partial Regex SentenceBreak();
}
