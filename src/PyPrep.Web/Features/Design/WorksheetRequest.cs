namespace PyPrep.Web.Features.Design;

/// <summary>
/// The body of <c>PUT /api/design/{slug}/worksheet</c> and <c>POST /api/design/{slug}/coverage</c>:
/// <c>{"answers": {"requirements": text, "api": text, ...}}</c>, keyed by worksheet section id.
/// </summary>
public sealed record WorksheetRequest(Dictionary<string, string?>? Answers);
