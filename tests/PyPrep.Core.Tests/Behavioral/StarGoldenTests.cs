using System.Text.Json.Nodes;
using PyPrep.Core.Behavioral;

namespace PyPrep.Core.Tests.Behavioral;

/// <summary>
/// Every <c>Golden/NAME.txt</c> answer is coached and compared with <c>Golden/NAME.expected.json</c>:
/// band, score, parts, first person, measurable result, the tools in order, and the points lost per
/// criterion (criteria not listed must lose nothing).
/// </summary>
public sealed class StarGoldenTests
{
    private static readonly StarCoach Coach = new(StarVocabularyLoader.Load(StarVocabularyLoader.PathUnder(RepoPaths.Content)));

    public static TheoryData<string> Answers()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Tests("Behavioral", "Golden"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Fact]
    public void There_are_at_least_twenty_labelled_answers() => Assert.True(Answers().Count >= 20);

    [Theory]
    [MemberData(nameof(Answers))]
    public void Answer_gets_its_expected_report(string name)
    {
        var report = Coach.Analyze(File.ReadAllText(RepoPaths.Tests("Behavioral", "Golden", name + ".txt")));
        var expected = JsonNode.Parse(File.ReadAllText(RepoPaths.Tests("Behavioral", "Golden", name + ".expected.json")))!.AsObject();

        foreach (var part in Enum.GetValues<StarPart>())
            Assert.True(expected["parts"]![StarReportJson.Key(part)]!.GetValue<bool>() == report.Part(part).Present, $"{part} present");
        Assert.Equal(expected["first_person"]!.GetValue<bool>(), report.FirstPerson);
        Assert.Equal(expected["measurable_result"]!.GetValue<bool>(), report.MeasurableResult);
        Assert.Equal(expected["tools"]!.AsArray().Select(t => t!.GetValue<string>()), report.Tools);
        var lost = expected["lost"]!.AsObject();
        foreach (var item in report.Breakdown)
        {
            var expectedLost = lost[StarReportJson.Key(item.Criterion)]?.GetValue<int>() ?? 0;
            Assert.True(expectedLost == item.Lost, $"{item.Criterion}: expected to lose {expectedLost}, lost {item.Lost} ({item.Finding})");
        }
        Assert.Equal(expected["score"]!.GetValue<int>(), report.Score);
        Assert.Equal(100 - lost.Sum(p => p.Value!.GetValue<int>()), report.Score);
        Assert.Equal(expected["band"]!.GetValue<string>(), report.Band.ToString().ToLowerInvariant());
    }
}
