using Microsoft.AspNetCore.Identity;

namespace PyPrep.Web.Features.Accounts;

/// <summary>
/// Team-mode sign-up and sign-in, shared by the pages and the JSON API. New accounts are always
/// candidates: nothing confirms an address, so only the operator makes an interviewer (<see cref="TeamRoles"/>).
/// </summary>
internal sealed class AccountService(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
{
    /// <summary>Null on success, else what was wrong.</summary>
    public async Task<string?> RegisterAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal)) return "an e-mail address is required";
        if (string.IsNullOrEmpty(password)) return "a password is required";
        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return string.Join(" ", created.Errors.Select(e => e.Description));
        await users.AddToRoleAsync(user, Roles.Candidate);
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
