using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Review;

/// <summary>
/// The real site with its clock replaced by a <see cref="TestClock"/>, and helpers to find questions
/// of each kind in the real bank and answer them through the API.
/// </summary>
public static class ReviewSite
{
    public static ConceptBank Bank { get; } = ConceptBank.Load(ContentBank.LocateRoot());

    public static PyPrepFactory Create(TestClock clock, int newPerDay = 20, string? folder = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Review:NewCardsPerDay"] = newPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Review tests run few sandboxes; no need for the server's warm slots per challenge profile.
            ["Sandbox:WarmSlots"] = "0",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return new PyPrepFactory(settings, folder) { ExtraServices = services => services.AddSingleton<TimeProvider>(clock) };
    }

    /// <summary>A topic whose first question (so the first new card of that topic) is of the kind.</summary>
    public static ConceptTopic TopicStartingWith(ConceptKind kind, Func<ConceptItem, bool>? also = null) =>
        Bank.Topics.First(t => t.Items[0].Kind == kind && (also is null || also(t.Items[0])));

    public static ConceptItem First(ConceptKind kind, Func<ConceptItem, bool>? also = null) =>
        Bank.Items.First(i => i.Kind == kind && (also is null || also(i)));

    public static async Task<JsonObject> NextAsync(HttpClient client, string? topic = null)
    {
        var (status, body) = await Api.GetAsync(client, "/api/review/next" + (topic is null ? "" : "?topic=" + topic));
        Assert.Equal(HttpStatusCode.OK, status);
        return body!.AsObject();
    }

    public static Task<(HttpStatusCode Status, JsonObject Body)> AnswerAsync(HttpClient client, object body, string? csrf = null) =>
        Api.PostRawAsync(client, "/api/review/answer", JsonSerializer.Serialize(body), csrf: csrf);

    public static async Task<JsonObject> AnsweredAsync(HttpClient client, object body, string? csrf = null)
    {
        var (status, result) = await AnswerAsync(client, body, csrf);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {result}");
        return result;
    }

    public static JsonNode Row(JsonObject answer, string topic) =>
        answer["progress"]!.AsArray().Single(r => (string?)r!["topic"] == topic)!;
}
