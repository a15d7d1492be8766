using System.Text;

namespace PyPrep.Core.Values;

/// <summary>A Python <c>bytes</c> value.</summary>
public sealed record PyBytes(byte[] Value) : PyValue
{
    public override string TypeName => "bytes";

    public override string ToPython()
    {
        var builder = new StringBuilder("b'");
        foreach (var b in Value)
        {
            if (b == (byte)'\\' || b == (byte)'\'') builder.Append('\\').Append((char)b);
            else if (b >= 32 && b < 127) builder.Append((char)b);
            else builder.Append($"\\x{b:x2}");
        }
        return builder.Append('\'').ToString();
    }
}
