using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>Team-mode sign-in form (antiforgery-checked like every Razor Pages form). Solo mode has no accounts.</summary>
[AllowAnonymous]
public sealed class LoginModel : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() => HttpContext.RequestServices.Hosting().Mode == WebMode.Team ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (HttpContext.RequestServices.Hosting().Mode != WebMode.Team) return NotFound();
        var accounts = HttpContext.RequestServices.GetRequiredService<AccountService>();
        if (await accounts.SignInAsync(Email, Password)) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = "Wrong e-mail or password.";
        return Page();
    }
}
