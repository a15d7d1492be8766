namespace PyPrep.Web.Features.Accounts;

/// <summary>What <see cref="TeamRoles"/> did: <see cref="Done"/> false when nothing could change, with why.</summary>
public sealed record RoleChange(bool Done, string Message);
