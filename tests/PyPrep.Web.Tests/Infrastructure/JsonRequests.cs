using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Any JSON call (POST, PUT, DELETE), with the antiforgery header when team mode needs one.</summary>
public static class JsonRequests
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpClient client, HttpMethod method,
        string url, object? body = null, string? csrf = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (csrf is not null) request.Headers.Add("X-CSRF-TOKEN", csrf);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }
}
