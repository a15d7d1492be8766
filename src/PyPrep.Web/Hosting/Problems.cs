namespace PyPrep.Web.Hosting;

/// <summary>The problem-details answers (RFC 9457) of the JSON API, one per kind of refusal.</summary>
internal static class Problems
{
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "The request is not valid.", detail: $"{field}: {message}");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed yet.");

    public static IResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large.");

    public static IResult UnsupportedMediaType() =>
        TypedResults.Problem("send the body as JSON with Content-Type: application/json",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");

    public static IResult BadJson(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON.");

    public static IResult Unavailable(string detail, int retryAfterSeconds) =>
        new RetryAfter(TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again shortly."), retryAfterSeconds);

    private sealed class RetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
