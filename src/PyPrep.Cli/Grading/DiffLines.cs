namespace PyPrep.Cli.Grading;

/// <summary>
/// Expected and actual written one above the other with the first differing character marked by a
/// caret; a long value is cut to a window around that character, elided with "…" on either side,
/// so the difference is always on screen.
/// </summary>
internal sealed record DiffLines(string Expected, string Actual, int? Caret)
{
    /// <summary>Characters of context kept before the first difference.</summary>
    private const int Before = 24;

    public static DiffLines From(string expected, string actual, int width)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        width = Math.Max(width, 20);
        var first = FirstDifference(expected, actual);
        // Identical text (a subclass of int prints as an int) has no place to mark: the reason explains it.
        var start = first is { } at && at > width - 8 ? at - Before : 0;
        var caret = first is { } index ? index - start + (start > 0 ? 1 : 0) : (int?)null;
        return new DiffLines(Window(expected, start, width), Window(actual, start, width), caret);
    }

    private static int? FirstDifference(string expected, string actual)
    {
        var common = Math.Min(expected.Length, actual.Length);
        for (var i = 0; i < common; i++)
        {
            if (expected[i] != actual[i]) return i;
        }
        return expected.Length == actual.Length ? null : common;
    }

    private static string Window(string text, int start, int width)
    {
        var head = start > 0 ? "…" : "";
        var body = start < text.Length ? text[start..] : "";
        var room = width - head.Length;
        return body.Length <= room ? head + body : head + body[..(room - 1)] + "…";
    }
}
