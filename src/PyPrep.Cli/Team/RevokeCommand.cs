namespace PyPrep.Cli.Team;

/// <summary><c>pyprep team revoke EMAIL ROLE</c>: also signs the account out everywhere.</summary>
internal sealed class RevokeCommand() : TeamRoleCommand(grant: false);
