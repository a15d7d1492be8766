using System.Text;

namespace PyPrep.Core.Analysis;

/// <summary>
/// The candidate's source, read the way CPython counts positions: lines from 1, columns as UTF-8
/// byte offsets. Suggestions are cut from it, so a rewrite keeps the candidate's own names.
/// </summary>
public sealed class SourceText
{
    private readonly byte[][] lines;

    public SourceText(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(Encoding.UTF8.GetBytes).ToArray();
    }

    public int LineCount => lines.Length;

    /// <summary>Line <paramref name="number"/> (from 1) without its newline; empty when out of range.</summary>
    public string Line(int number) =>
        number >= 1 && number <= lines.Length ? Encoding.UTF8.GetString(lines[number - 1]) : "";

    /// <summary>The exact source of <paramref name="node"/>, with inner newlines kept.</summary>
    public string Of(PyNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!node.HasPosition || node.EndLine < node.Line || node.EndLine > lines.Length) return "";
        if (node.Line == node.EndLine) return Slice(node.Line, node.Column, node.EndColumn);
        var text = new StringBuilder(Slice(node.Line, node.Column, int.MaxValue));
        for (var line = node.Line + 1; line < node.EndLine; line++) text.Append('\n').Append(Line(line));
        return text.Append('\n').Append(Slice(node.EndLine, 0, node.EndColumn)).ToString();
    }

    /// <summary>
    /// The candidate's line holding <paramref name="node"/> with that node's source replaced by
    /// <paramref name="replacement"/>, without indentation: the rewrite of their own line.
    /// </summary>
    public string Rewrite(PyNode node, string replacement)
    {
        ArgumentNullException.ThrowIfNull(node);
        var before = Slice(node.Line, 0, node.Column);
        var after = Slice(node.EndLine, node.EndColumn, int.MaxValue);
        return (before + replacement + after).Trim();
    }

    /// <summary>
    /// Line <paramref name="line"/> with the first whole-word <paramref name="word"/> at or after byte
    /// column <paramref name="from"/> replaced, trimmed (renaming a name where it is bound).
    /// </summary>
    public string RewriteWord(int line, int from, string word, string replacement)
    {
        ArgumentNullException.ThrowIfNull(word);
        var prefix = Slice(line, 0, from);
        var rest = Slice(line, from, int.MaxValue);
        var at = System.Text.RegularExpressions.Regex.Match(rest, $@"(?<![\w]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\w])");
        if (!at.Success) return Line(line).Trim();
        return (prefix + rest[..at.Index] + replacement + rest[(at.Index + word.Length)..]).Trim();
    }

    /// <summary>The candidate's line <paramref name="number"/>, trimmed.</summary>
    public string Trimmed(int number) => Line(number).Trim();

    private string Slice(int line, int from, int to)
    {
        if (line < 1 || line > lines.Length) return "";
        var bytes = lines[line - 1];
        from = Math.Clamp(from, 0, bytes.Length);
        to = Math.Clamp(to, from, bytes.Length);
        return Encoding.UTF8.GetString(bytes, from, to - from);
    }
}
