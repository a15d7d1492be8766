namespace PyPrep.Core.Values;

/// <summary>A Python <c>bool</c>; never equal to an <c>int</c> here, unlike in Python.</summary>
public sealed record PyBool(bool Value) : PyValue
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);
    public override string TypeName => "bool";
    public override string ToPython() => Value ? "True" : "False";
}
