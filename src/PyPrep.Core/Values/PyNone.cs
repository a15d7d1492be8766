namespace PyPrep.Core.Values;

/// <summary>Python's <c>None</c>.</summary>
public sealed record PyNone : PyValue
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override string TypeName => "NoneType";
    public override string ToPython() => "None";
}
