using Spectre.Console.Cli;

namespace PyPrep.Cli.Team;

internal static class TeamCommands
{
    public static void AddTeamCommands(this IConfigurator config)
    {
        config.AddBranch("team", team =>
        {
            team.SetDescription("Team mode accounts: roles are granted by the operator, never by signing up.");
            team.AddCommand<GrantCommand>("grant").WithDescription("Give an account a role (interviewer).")
                .WithExample("team", "grant", "alice@example.com", "interviewer");
            team.AddCommand<RevokeCommand>("revoke").WithDescription("Take a role back; the account is signed out everywhere.")
                .WithExample("team", "revoke", "alice@example.com", "interviewer");
        });
    }
}
