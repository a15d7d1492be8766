namespace PyPrep.Core.Values;

/// <summary>
/// A value the harness refused to encode: an instance of a user class, or a subclass of a built-in
/// type. It is shown to the candidate but never equals an expected value.
/// </summary>
public sealed record PyOpaque(string Type, string Repr) : PyValue
{
    public override string TypeName => Type;
    public override string ToPython() => Repr;
}
