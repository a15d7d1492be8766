namespace PyPrep.Cli.Team;

/// <summary><c>pyprep team grant EMAIL ROLE</c>.</summary>
internal sealed class GrantCommand() : TeamRoleCommand(grant: true);
