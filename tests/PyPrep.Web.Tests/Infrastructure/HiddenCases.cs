using System.Text.Json;
using System.Text.Json.Nodes;
using PyPrep.Core.Content;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>The hidden cases of a challenge as the grader knows them, to prove the API never shows them.</summary>
public static class HiddenCases
{
    public static IReadOnlyList<TestCase> Of(string slug) =>
        ContentBank.Load(ContentBank.LocateRoot()).Find(slug)!.Cases.Where(c => c.Hidden).ToList();

    /// <summary>
    /// Asserts that no hidden input or expected value of <see cref="LeakProbe"/> appears anywhere in
    /// any of the texts, in any serialised form and at any length: the whole input, each argument,
    /// each expected value, and each number alone (an exploit may spell numbers out one by one).
    /// </summary>
    public static void AssertProbeNotRevealed(IEnumerable<string> texts)
    {
        var needles = ProbeNeedles();
        foreach (var text in texts)
        {
            foreach (var needle in needles) Assert.False(text.Contains(needle, StringComparison.Ordinal), $"hidden value '{needle}' revealed in: {text}");
        }
    }

    /// <summary>Every form a hidden value of the probe could take in a response.</summary>
    public static IReadOnlyList<string> ProbeNeedles()
    {
        var needles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hidden in LeakProbe.HiddenCases)
        {
            var values = hidden.Args.Append(hidden.Expected).ToList();
            needles.Add(string.Join(", ", hidden.Args.Select(a => a.ToPython())));
            foreach (var value in values)
            {
                var python = value.ToPython();
                needles.Add(python);
                needles.Add(python.Replace(" ", "", StringComparison.Ordinal));
                needles.Add(JsonSerializer.Serialize(python)[1..^1]);
                foreach (var number in Numbers(python)) needles.Add(number);
            }
        }
        return needles.ToList();
    }

    // "[7310481, -6620973]" gives 7310481 and 6620973 (the sign may be spelt otherwise, e.g. "m6620973").
    private static IEnumerable<string> Numbers(string python) =>
        System.Text.RegularExpressions.Regex.Matches(python, "[0-9]+").Select(m => m.Value);

    /// <summary>
    /// Asserts that no long hidden input of a bank challenge appears in the text and no hidden case
    /// carries values. The bank's short values ("[0, 1]") also occur in visible cases, so only inputs of
    /// 20 characters or more are searched; <see cref="AssertProbeNotRevealed"/> searches everything.
    /// </summary>
    public static void AssertNotRevealed(string slug, JsonNode? json)
    {
        var text = json?.ToJsonString() ?? "";
        foreach (var hidden in Of(slug))
        {
            var input = string.Join(", ", hidden.Args.Select(a => a.ToPython()));
            if (input.Length >= 20) Assert.DoesNotContain(input, text);
            var compact = JsonSerializer.Serialize(input)[1..^1];
            if (compact.Length >= 20) Assert.DoesNotContain(compact, text);
            var expected = hidden.Expected.ToPython();
            if (expected.Length >= 20) Assert.DoesNotContain(expected, text);
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
