namespace PyPrep.Web.Features.Content;

/// <summary>Where the question bank lives. Bound from "Content"; empty means PYPREP_CONTENT or the nearest content/ folder.</summary>
public sealed record ContentOptions
{
    public const string Section = "Content";
    public string? Root { get; init; }
}
