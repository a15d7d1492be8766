using PyPrep.Core.Analysis;
using PyPrep.Core.Content;

namespace PyPrep.Core.Tests.Analysis;

public sealed class CheatsheetTests
{
    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", Cheatsheet.FileName))) return Path.Combine(dir.FullName, "content");
        }
        throw new InvalidOperationException("content folder not found above the test binaries");
    }

    [Fact]
    public void Cheatsheet_rows_each_name_a_registered_rule()
    {
        var rows = Cheatsheet.Load(ContentRoot());
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.NotNull(StyleRules.Find(row.Rule)));
    }

    [Fact]
    public void Cheatsheet_covers_the_guides_table()
    {
        var rules = Cheatsheet.Load(ContentRoot()).Select(r => r.Rule).ToHashSet();
        // The guide's cheat sheet: enumerate, defaultdict, swap, set membership, with open.
        Assert.Superset(new HashSet<string> { "range-len-loop", "manual-dict-init", "temp-swap", "membership-in-list", "open-without-with" }, rules);
    }

    [Fact]
    public void Cheatsheet_with_an_unknown_rule_names_the_file_and_line()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, Cheatsheet.FileName), "rows:\n  - task: t\n    pythonic: p\n    anti_pattern: a\n    rule: no-such-rule\n    why: w\n");
        var error = Assert.Throws<ContentException>(() => Cheatsheet.Load(root));
        Assert.Equal(2, error.Error.Line);
        Assert.Contains("no-such-rule", error.Error.Message, StringComparison.Ordinal);
    }
}
