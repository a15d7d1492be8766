using Microsoft.AspNetCore.Identity;
using PyPrep.Data;
using PyPrep.Web.Features.Persistence;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>
/// The operator's step that grants or revokes a team-mode role (<c>pyprep team grant EMAIL interviewer</c>).
/// Signing up only ever makes a candidate: with no e-mail confirmation, an address proves nothing.
/// It reads the same configuration as <c>pyprep serve</c> (environment, appsettings), so it changes
/// the database the site uses.
/// </summary>
public static class TeamRoles
{
    public static readonly IReadOnlyList<string> Known = [Roles.Candidate, Roles.Interviewer];

    public static async Task<RoleChange> GrantAsync(string[] args, string email, string role, CancellationToken cancellationToken = default) =>
        await ChangeAsync(args, email, role, grant: true, cancellationToken);

    public static async Task<RoleChange> RevokeAsync(string[] args, string email, string role, CancellationToken cancellationToken = default) =>
        await ChangeAsync(args, email, role, grant: false, cancellationToken);

    private static async Task<RoleChange> ChangeAsync(string[] args, string email, string role, bool grant, CancellationToken cancellationToken)
    {
        if (!Known.Contains(role)) return new RoleChange(false, $"unknown role '{role}': use {string.Join(" or ", Known)}");
        var builder = PyPrepHost.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
        builder.AddPersistence();
        builder.Services.AddIdentityCore<IdentityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PyPrepDbContext>();
        await using var app = builder.Build();
        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        if (await users.FindByEmailAsync(email) is not { } user)
            return new RoleChange(false, $"no account with the address {email}: sign up on the site (/account/register) first");
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        var has = await users.IsInRoleAsync(user, role);
        if (grant == has) return new RoleChange(true, grant ? $"{email} is already {Article(role)}" : $"{email} is not {Article(role)}");
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded) return new RoleChange(false, string.Join(" ", result.Errors.Select(e => e.Description)));
        // A new stamp ends the account's signed-in sessions, so a revoked role cannot outlive the change.
        // A granted one reaches signed-in sessions when their cookie is next checked (AccountSetup).
        if (!grant) await users.UpdateSecurityStampAsync(user);
        return new RoleChange(true, grant ? $"{email} is now {Article(role)}" : $"{email} is no longer {Article(role)}; signed out everywhere");
    }

    private static string Article(string role) => (role[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + role;
}
