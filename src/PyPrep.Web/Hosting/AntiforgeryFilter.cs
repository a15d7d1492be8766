using Microsoft.AspNetCore.Antiforgery;

namespace PyPrep.Web.Hosting;

/// <summary>
/// Team mode signs in with a cookie, so every state-changing API call must carry the antiforgery
/// token (header X-CSRF-TOKEN, given to pages in a meta tag and to scripts by GET /api/session).
/// Solo mode has no cookie to abuse, and JSON-only bodies already force a CORS preflight.
/// </summary>
internal sealed class AntiforgeryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.Hosting().Mode == WebMode.Team)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.Problem("missing or invalid antiforgery token: send the X-CSRF-TOKEN header from GET /api/session",
                    statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery check failed.");
        }
        return await next(context);
    }
}
