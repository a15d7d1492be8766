using PyPrep.Core.Content;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>The hidden cases of a challenge as the grader knows them, to prove the API never shows them.</summary>
public static class HiddenCases
{
    public static IReadOnlyList<TestCase> Of(string slug) =>
        ContentBank.Load(ContentBank.LocateRoot()).Find(slug)!.Cases.Where(c => c.Hidden).ToList();

    /// <summary>Asserts that no hidden case's input appears anywhere in the text and no hidden case carries values.</summary>
    public static void AssertNotRevealed(string slug, System.Text.Json.Nodes.JsonNode? json)
    {
        var text = json?.ToJsonString() ?? "";
        foreach (var hidden in Of(slug))
        {
            var input = string.Join(", ", hidden.Args.Select(a => a.ToPython()));
            // Short inputs like "[1, 5], 6" could occur by chance in visible text; the long ones are unmistakable.
            if (input.Length >= 20) Assert.DoesNotContain(input, text);
            var compact = System.Text.Json.JsonSerializer.Serialize(input)[1..^1];
            if (compact.Length >= 20) Assert.DoesNotContain(compact, text);
        }
        foreach (var item in json?["cases"]?.AsArray() ?? [])
        {
            if (item!["hidden"]!.GetValue<bool>())
            {
                Assert.Null(item["input"]);
                Assert.Null(item["expected"]);
                Assert.Null(item["actual"]);
                Assert.Null(item["stdout"]);
            }
        }
    }
}
