namespace PyPrep.Web.Features.Submissions;

/// <summary>The body of <c>POST /api/submissions</c>: <c>{"challenge": slug, "code": text, "mode": "run"|"submit"}</c>.</summary>
public sealed record SubmissionRequest(string? Challenge, string? Code, string? Mode);
