namespace PyPrep.Web.Hosting;

/// <summary>How the site runs. Bound from the "PyPrep" configuration section and validated at start.</summary>
public sealed record HostingOptions
{
    public const string Section = "PyPrep";
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public WebMode Mode { get; init; } = WebMode.Solo;
    /// <summary>The largest submission accepted, in UTF-8 bytes; larger ones get 413.</summary>
    public int MaxCodeBytes { get; init; } = 64 * 1024;
}
