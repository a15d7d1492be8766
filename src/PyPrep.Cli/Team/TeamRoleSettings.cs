using System.ComponentModel;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Team;

/// <summary>The arguments of <c>team grant</c> and <c>team revoke</c>.</summary>
internal sealed class TeamRoleSettings : CommandSettings
{
    [CommandArgument(0, "<EMAIL>")]
    [Description("The address the account signed up with.")]
    public string Email { get; init; } = "";

    [CommandArgument(1, "<ROLE>")]
    [Description("interviewer (or candidate).")]
    public string Role { get; init; } = "";
}
