using System.Text;

namespace PyPrep.Core.Values;

/// <summary>A Python <c>str</c>.</summary>
public sealed record PyStr(string Value) : PyValue
{
    public override string TypeName => "str";

    public override string ToPython() => Quote(Value);

    /// <summary>Quotes text the way Python's <c>repr</c> does for common cases.</summary>
    public static string Quote(string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c == quote) builder.Append('\\').Append(c);
                    else if (char.IsControl(c)) builder.Append($"\\x{(int)c:x2}");
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append(quote).ToString();
    }
}
