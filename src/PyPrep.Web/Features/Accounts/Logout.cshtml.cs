using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>Signs out on POST (antiforgery-checked), never on GET.</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (HttpContext.RequestServices.Hosting().Mode != WebMode.Team) return NotFound();
        await HttpContext.RequestServices.GetRequiredService<AccountService>().SignOutAsync();
        return LocalRedirect("/account/login");
    }
}
