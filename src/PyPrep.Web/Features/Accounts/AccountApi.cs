using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Accounts;

/// <summary>
/// <c>GET /api/session</c> (who am I, which mode, the antiforgery token) and, in team mode, JSON
/// sign-up, sign-in and sign-out for scripts; people use the pages under /account.
/// </summary>
public static class AccountApi
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapGet("/api/session", Session).AllowAnonymous();
        if (app.Services.Hosting().Mode != WebMode.Team) return app;

        var account = app.MapGroup("/api/account").AllowAnonymous();
        account.MapPost("/register", RegisterAsync);
        account.MapPost("/login", LoginAsync);
        account.MapPost("/logout", LogoutAsync).AddEndpointFilter<AntiforgeryFilter>();
        return app;
    }

    private static IResult Session(HttpContext http, CurrentUser user, IAntiforgery antiforgery, IServiceProvider services)
    {
        var mode = services.Hosting().Mode;
        return TypedResults.Ok(new JsonObject
        {
            ["mode"] = mode.ToString().ToLowerInvariant(),
            ["signed_in"] = user.IsSignedIn,
            ["user"] = user.IsSignedIn ? user.Name : null,
            ["role"] = mode == WebMode.Solo ? "solo" : user.IsInterviewer ? Roles.Interviewer : user.IsSignedIn ? Roles.Candidate : null,
            ["csrf_token"] = mode == WebMode.Team ? antiforgery.GetAndStoreTokens(http).RequestToken : null,
            ["csrf_header"] = AccountSetup.CsrfHeader,
        });
    }

    private static async Task<IResult> RegisterAsync(HttpRequest http, AccountService accounts, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<Credentials>(http, 16 * 1024, cancellationToken);
        if (problem is not null) return problem;
        return await accounts.RegisterAsync(body!.Email, body.Password) is { } error
            ? Problems.Invalid("account", error)
            : TypedResults.NoContent();
    }

    private static async Task<IResult> LoginAsync(HttpRequest http, AccountService accounts, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<Credentials>(http, 16 * 1024, cancellationToken);
        if (problem is not null) return problem;
        return await accounts.SignInAsync(body!.Email, body.Password)
            ? TypedResults.NoContent()
            : TypedResults.Problem("wrong e-mail or password", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.");
    }

    private static async Task<IResult> LogoutAsync(AccountService accounts)
    {
        await accounts.SignOutAsync();
        return TypedResults.NoContent();
    }
}
