using System.Globalization;

namespace PyPrep.Core.Values;

/// <summary>A Python <c>float</c>, including <c>nan</c> and the infinities.</summary>
public sealed record PyFloat(double Value) : PyValue
{
    public override string TypeName => "float";

    public override string ToPython()
    {
        if (double.IsNaN(Value)) return "nan";
        if (double.IsPositiveInfinity(Value)) return "inf";
        if (double.IsNegativeInfinity(Value)) return "-inf";
        var text = Value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text.Replace("E", "e") : text + ".0";
    }
}
