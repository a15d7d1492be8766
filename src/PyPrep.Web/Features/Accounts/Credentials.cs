namespace PyPrep.Web.Features.Accounts;

/// <summary>The body of the team-mode sign-up and sign-in calls.</summary>
public sealed record Credentials(string? Email, string? Password);
