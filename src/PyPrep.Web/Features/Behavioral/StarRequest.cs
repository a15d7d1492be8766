namespace PyPrep.Web.Features.Behavioral;

/// <summary>The body of <c>POST /api/star</c>: <c>{"answer": text}</c>.</summary>
public sealed record StarRequest(string? Answer);
