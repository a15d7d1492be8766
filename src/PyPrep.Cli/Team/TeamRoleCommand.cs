using PyPrep.Cli.Infrastructure;
using PyPrep.Web.Features.Accounts;

namespace PyPrep.Cli.Team;

/// <summary>
/// <c>pyprep team grant|revoke EMAIL ROLE</c>: the operator's step that makes (or unmakes) an
/// interviewer, on the database <c>serve</c> uses (same environment: Database__Provider,
/// Database__ConnectionString, default ./data/pyprep.db). Run it on the server, as the operator.
/// </summary>
internal abstract class TeamRoleCommand(bool grant) : PyPrepCommand<TeamRoleSettings>
{
    protected override async Task<int> RunAsync(TeamRoleSettings settings, CancellationToken cancellationToken)
    {
        var change = grant
            ? await TeamRoles.GrantAsync([], settings.Email, settings.Role, cancellationToken)
            : await TeamRoles.RevokeAsync([], settings.Email, settings.Role, cancellationToken);
        if (!change.Done) throw new InputException(change.Message);
        Console.Out.WriteLine(change.Message);
        return ExitCodes.Ok;
    }
}
