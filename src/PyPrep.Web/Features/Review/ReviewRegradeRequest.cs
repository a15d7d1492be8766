namespace PyPrep.Web.Features.Review;

/// <summary>The body of <c>POST /api/review/regrade</c>: the question's id and the lower grade (again, hard, good).</summary>
public sealed record ReviewRegradeRequest(string? Item, string? Rating);
