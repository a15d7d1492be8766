using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>
/// Team-mode sign-up and sign-in, shared by the pages and the JSON API. New accounts are
/// candidates unless their address is listed in <see cref="HostingOptions.InterviewerEmails"/>.
/// </summary>
internal sealed class AccountService(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IOptions<HostingOptions> options)
{
    /// <summary>Null on success, else what was wrong.</summary>
    public async Task<string?> RegisterAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal)) return "an e-mail address is required";
        if (string.IsNullOrEmpty(password)) return "a password is required";
        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return string.Join(" ", created.Errors.Select(e => e.Description));
        var role = options.Value.InterviewerEmails.Contains(email, StringComparer.OrdinalIgnoreCase) ? Roles.Interviewer : Roles.Candidate;
        await users.AddToRoleAsync(user, role);
        await signIn.SignInAsync(user, isPersistent: true);
        return null;
    }

    public async Task<bool> SignInAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return false;
        var result = await signIn.PasswordSignInAsync(email, password, isPersistent: true, lockoutOnFailure: true);
        return result.Succeeded;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
