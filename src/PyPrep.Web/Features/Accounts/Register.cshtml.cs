using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>Team-mode sign-up form: new accounts are candidates unless listed as interviewers.</summary>
[AllowAnonymous]
public sealed class RegisterModel : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() => HttpContext.RequestServices.Hosting().Mode == WebMode.Team ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (HttpContext.RequestServices.Hosting().Mode != WebMode.Team) return NotFound();
        var accounts = HttpContext.RequestServices.GetRequiredService<AccountService>();
        Error = await accounts.RegisterAsync(Email, Password);
        return Error is null ? LocalRedirect("/") : Page();
    }
}
