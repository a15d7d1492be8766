namespace PyPrep.Core.Concepts;

/// <summary>
/// Checks answers that need no sandbox: predicted output, chosen options, self-graded key points.
/// Spot-the-bug fixes are run by <see cref="SpotTheBugGrader"/>.
/// </summary>
public static class ConceptAnswers
{
    /// <summary>
    /// Predict-output: the answer must print the same lines. Trailing spaces and blank lines at either
    /// end do not count; for a snippet that raises, the last line may be <c>KeyError</c> or
    /// <c>KeyError: 'x'</c>.
    /// </summary>
    public static ConceptOutcome CheckOutput(ConceptItem item, string answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        var expected = Lines(item.Output);
        var given = Lines(answer);
        if (item.Raises is not null)
        {
            if (given.Count == 0) return ConceptOutcome.Wrong("the snippet raises an exception");
            var last = given[^1].Trim();
            var colon = last.IndexOf(':', StringComparison.Ordinal);
            var type = colon >= 0 ? last[..colon].Trim() : last;
            if (type.Split('.')[^1] != item.Raises) return ConceptOutcome.Wrong($"it ends with {item.Raises}");
            given.RemoveAt(given.Count - 1);
        }
        return given.SequenceEqual(expected, StringComparer.Ordinal) ? ConceptOutcome.Right : ConceptOutcome.Wrong();
    }

    /// <summary>The lines of printed text as compared: trailing spaces cut, blank lines at either end dropped.</summary>
    public static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        return lines;
    }

    /// <summary>Choice: right only when exactly the correct options are selected.</summary>
    public static ConceptOutcome CheckChoice(ConceptItem item, IEnumerable<int> selected)
    {
        ArgumentNullException.ThrowIfNull(item);
        var chosen = selected.Distinct().Order().ToList();
        return chosen.SequenceEqual(item.Correct)
            ? ConceptOutcome.Right
            : ConceptOutcome.Wrong("correct: " + string.Join(", ", item.Correct.Select(ConceptItem.Label)));
    }

    /// <summary>
    /// Choice from letters typed by the candidate ("b", "a,c", "a c"). Null when the text names no option.
    /// </summary>
    public static IReadOnlyList<int>? ParseLetters(ConceptItem item, string text)
    {
        ArgumentNullException.ThrowIfNull(item);
        var letters = (text ?? "").ToLowerInvariant().Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var indexes = new List<int>();
        foreach (var letter in letters)
        {
            if (letter.Length != 1 || letter[0] - 'a' is var index && (index < 0 || index >= item.Options.Count)) return null;
            indexes.Add(letter[0] - 'a');
        }
        return indexes.Count == 0 ? null : indexes;
    }

    /// <summary>Short-answer: the share of key points the candidate says they covered; right when all are.</summary>
    public static ConceptOutcome CheckKeyPoints(ConceptItem item, IEnumerable<int> covered)
    {
        ArgumentNullException.ThrowIfNull(item);
        var count = covered.Distinct().Count(i => i >= 0 && i < item.KeyPoints.Count);
        var score = item.KeyPoints.Count == 0 ? 0 : (double)count / item.KeyPoints.Count;
        return new ConceptOutcome(count == item.KeyPoints.Count, score);
    }
}
