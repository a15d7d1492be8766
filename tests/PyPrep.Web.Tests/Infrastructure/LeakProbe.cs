using PyPrep.Core.Content;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>
/// A content folder with the real bank plus "leak-probe": a challenge whose every hidden input and
/// expected value is a number found nowhere else, so finding one in a response can only be a leak,
/// however short. Its visible cases carry distinctive numbers of their own, so an exploit can prove
/// it found the values it was looking for.
/// </summary>
public static class LeakProbe
{
    public const string Slug = "leak-probe";
    /// <summary>A number of the visible cases' inputs; an exploit that finds its job in memory prints it.</summary>
    public const string VisibleMarker = "271828";

    private static readonly Lazy<string> root = new(Create);

    /// <summary>The content folder (created once per test run): the real bank linked in, the probe beside it.</summary>
    public static string Root => root.Value;

    public static IReadOnlyList<TestCase> HiddenCases => ContentBank.Load(Root).Find(Slug)!.Cases.Where(c => c.Hidden).ToList();

    private static string Create()
    {
        var real = ContentBank.LocateRoot();
        var folder = Path.Combine(Path.GetTempPath(), "pyprep-web-tests", "content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "challenges"));
        foreach (var entry in Directory.EnumerateFileSystemEntries(real))
        {
            var name = Path.GetFileName(entry);
            if (name == "challenges") continue;
            if (Directory.Exists(entry)) Directory.CreateSymbolicLink(Path.Combine(folder, name), entry);
            else File.CreateSymbolicLink(Path.Combine(folder, name), entry);
        }
        foreach (var challenge in Directory.EnumerateDirectories(Path.Combine(real, "challenges")))
            Directory.CreateSymbolicLink(Path.Combine(folder, "challenges", Path.GetFileName(challenge)), challenge);

        var probe = Path.Combine(folder, "challenges", Slug);
        Directory.CreateDirectory(Path.Combine(probe, "solutions"));
        File.WriteAllText(Path.Combine(probe, "challenge.yaml"), """
            slug: leak-probe
            title: Leak Probe
            difficulty: easy
            level: junior
            topics: [arrays]
            patterns: [arrays-and-hashing]
            roles: [general]
            kind: function
            entry: shift
            signature:
              params:
                - {name: values, type: "list[int]"}
                - {name: offset, type: int}
              returns: "list[int]"
            checker: exact
            limits:
              case_seconds: 2
            hints:
              - "Add the offset to every value."
            solutions:
              - {file: optimal.py, verdict: accepted}
            """);
        File.WriteAllText(Path.Combine(probe, "statement.md"), "# Leak Probe\n\nReturn every value plus `offset`.\n");
        File.WriteAllText(Path.Combine(probe, "walkthrough.md"), "Add the offset to each value in one pass.\n");
        File.WriteAllText(Path.Combine(probe, "starter.py"), "def shift(values, offset):\n    pass\n");
        File.WriteAllText(Path.Combine(probe, "solutions", "optimal.py"), "def shift(values, offset):\n    return [v + offset for v in values]\n");
        File.WriteAllText(Path.Combine(probe, "cases.yaml"), """
            - id: visible-1
              hidden: false
              args: [[271828, 314159], 10]
              expected: [271838, 314169]
            - id: visible-2
              hidden: false
              args: [[161803], -3]
              expected: [161800]
            - id: hidden-1
              hidden: true
              args: [[7310481, -6620973, 5531087], 4021377]
              expected: [11331858, -2599596, 9552464]
            - id: hidden-2
              hidden: true
              args: [[9081726, 3346655], -2719133]
              expected: [6362593, 627522]
            - id: hidden-3
              hidden: true
              args: [[-4417023], 8814355]
              expected: [4397332]
            """);
        return folder;
    }
}
