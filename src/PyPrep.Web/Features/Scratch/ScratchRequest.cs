namespace PyPrep.Web.Features.Scratch;

/// <summary>The body of <c>POST /api/scratch</c>: the solution so far and the candidate's own test calls.</summary>
public sealed record ScratchRequest(string? Challenge, string? Code, string? Scratch);
