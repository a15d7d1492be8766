using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Small helpers over HttpClient for the JSON API.</summary>
public static class Api
{
    public const string Optimal = """
        def two_sum(nums, target):
            seen = {}
            for i, x in enumerate(nums):
                if target - x in seen:
                    return [seen[target - x], i]
                seen[x] = i
        """;

    /// <summary>Right on the first example only: always the first two positions.</summary>
    public const string Wrong = """
        def two_sum(nums, target):
            return [0, 1]
        """;

    /// <summary>Every visible case sleeps 0.6 s: a run that keeps a worker busy for a few seconds.</summary>
    public const string Slow = """
        import time
        def two_sum(nums, target):
            time.sleep(0.6)
            return [0, 1]
        """;

    public static async Task<(HttpStatusCode Status, JsonObject Body)> SubmitAsync(HttpClient client, string code, string mode = "submit",
        bool wait = true, string challenge = "two-sum", string? csrf = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions" + (wait ? "?wait=true" : ""))
        {
            Content = JsonContent.Create(new { challenge, code, mode }),
        };
        if (csrf is not null) request.Headers.Add("X-CSRF-TOKEN", csrf);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await ObjectAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostRawAsync(HttpClient client, string url, string body,
        string contentType = "application/json", string? csrf = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (csrf is not null) request.Headers.Add("X-CSRF-TOKEN", csrf);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await ObjectAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Polls a submission until it is done (bounded: 60 s).</summary>
    public static async Task<JsonObject> UntilDoneAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (status, body) = await GetAsync(client, $"/api/submissions/{id}");
            Assert.Equal(HttpStatusCode.OK, status);
            if ((string?)body!["status"] == "done") return body.AsObject();
            Assert.True(DateTime.UtcNow < deadline, $"submission {id} not done after 60 s: {body}");
            await Task.Delay(100);
        }
    }

    /// <summary>Polls a submission until its analysis is no longer pending, or <paramref name="timeout"/> passes; the last answer.</summary>
    public static async Task<JsonNode> UntilAnalysedAsync(HttpClient client, JsonNode? id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonNode? body;
        do
        {
            await Task.Delay(100);
            (_, body) = await GetAsync(client, $"/api/submissions/{id}");
        } while ((string?)body!["analysis"] == "pending" && DateTime.UtcNow < deadline);
        return body;
    }

    private static async Task<JsonObject> ObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["value"] = JsonNode.Parse(text) };
    }
}
