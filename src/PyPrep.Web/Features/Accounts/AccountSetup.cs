using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using PyPrep.Data;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>
/// Solo mode: no sign-in, one local profile. Team mode: ASP.NET Core Identity accounts, roles
/// candidate and interviewer, cookie sign-in, antiforgery on every state-changing request.
/// </summary>
public static class AccountSetup
{
    public const string CsrfHeader = "X-CSRF-TOKEN";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetValue(HostingOptions.Section + ":Mode", WebMode.Solo);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services => CurrentUser.From(services.GetRequiredService<IHttpContextAccessor>().HttpContext, mode));
        builder.Services.AddAntiforgery(options => options.HeaderName = CsrfHeader);

        if (mode == WebMode.Solo)
        {
            builder.Services.AddAuthentication();
            builder.Services.AddAuthorization();
            return builder;
        }

        // This setting used to make interviewers of whoever signed up with a listed address, unconfirmed.
        if (builder.Configuration.GetSection(HostingOptions.Section + ":InterviewerEmails").Exists())
            throw new InvalidOperationException(
                "PyPrep:InterviewerEmails is no longer read: anyone could sign up with a listed address. " +
                "Remove it and grant the role with `./pyprep team grant EMAIL interviewer`.");
        builder.Services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false; // length beats composition rules (NIST SP 800-63B)
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PyPrepDbContext>()
            .AddDefaultTokenProviders();
        // Roles granted or revoked by the operator reach signed-in sessions within a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/login";
            cookie.Cookie.Name = "pyprep.auth";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // The JSON API answers 401/403; only pages redirect to the sign-in form.
            cookie.Events.OnRedirectToLogin = context => ApiAware(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAware(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddHostedService<RoleSeeder>();
        builder.Services.AddScoped<AccountService>();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static Task ApiAware(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
