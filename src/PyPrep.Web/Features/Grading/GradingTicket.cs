using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Grading;

/// <summary>A stored submission waiting for a grading worker: everything the worker needs without reading it back.</summary>
public sealed record GradingTicket(Guid Id, string Challenge, string Code, SubmissionMode Mode);
