using System.Globalization;
using System.Numerics;

namespace PyPrep.Core.Values;

/// <summary>A Python <c>int</c> of any size.</summary>
public sealed record PyInt(BigInteger Value) : PyValue
{
    public override string TypeName => "int";
    public override string ToPython() => Value.ToString(CultureInfo.InvariantCulture);
}
