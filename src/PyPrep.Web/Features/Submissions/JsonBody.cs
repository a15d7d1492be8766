using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Submissions;

/// <summary>Reads a JSON body with a size cap, turning every way it can be wrong into a problem-details answer.</summary>
internal static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType()) return (null, Problems.UnsupportedMediaType());
        if (request.ContentLength > maxBytes) return (null, Problems.TooLarge($"the body is larger than {maxBytes} bytes"));
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null ? (null, Problems.BadJson("the body must be a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadJson(e.Message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge($"the body is larger than {maxBytes} bytes"));
        }
    }
}
