namespace PyPrep.Web.Features.Grading;

/// <summary>Whether the real sandbox can run here, found once at start; pages show the problem when it cannot.</summary>
public sealed record SandboxState(bool IsAvailable, string? Problem);
