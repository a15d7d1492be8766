using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Content;

public sealed class ChallengeLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pyprep-content-").FullName;

    private const string Meta = """
        slug: sample
        title: Sample
        difficulty: easy
        level: junior
        kind: function
        entry: f
        signature:
          params:
            - {name: xs, type: "list[int]"}
          returns: "tuple[int, int]"
        checker: exact
        hints: [a, b, c]
        solutions:
          - {file: ok.py, verdict: accepted, complexity: "O(n)"}
        """;

    private string Write(string meta = Meta, string cases = "- id: one\n  args: [[1, 2]]\n  expected: [1, 2]\n")
    {
        var dir = Path.Combine(root, "challenges", "sample");
        Directory.CreateDirectory(Path.Combine(dir, "solutions"));
        File.WriteAllText(Path.Combine(dir, "challenge.yaml"), meta);
        File.WriteAllText(Path.Combine(dir, "cases.yaml"), cases);
        File.WriteAllText(Path.Combine(dir, "statement.md"), "# Sample");
        File.WriteAllText(Path.Combine(dir, "solutions", "ok.py"), "def f(xs):\n    return tuple(xs)\n");
        return dir;
    }

    [Fact]
    public void A_valid_challenge_loads_with_values_typed_by_the_signature()
    {
        var challenge = ChallengeLoader.Load(Write());
        Assert.Equal("sample", challenge.Slug);
        var testCase = Assert.Single(challenge.Cases);
        Assert.IsType<PyTuple>(testCase.Expected);
        Assert.Equal(Verdict.Accepted, Assert.Single(challenge.Solutions).ExpectedVerdict);
        Assert.Equal("O(n)", challenge.Solutions[0].Complexity);
    }

    [Fact]
    public void A_duplicate_case_id_names_file_and_line()
    {
        var dir = Write(cases: "- id: one\n  args: [[1]]\n  expected: [1, 1]\n- id: one\n  args: [[2]]\n  expected: [2, 2]\n");
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(dir)).Error;
        Assert.EndsWith("cases.yaml", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("duplicate case id 'one'", error.Message);
    }

    [Fact]
    public void Every_problem_of_a_challenge_is_reported_not_only_the_first()
    {
        var dir = Write(Meta.Replace("verdict: accepted", "verdict: acepted").Replace("checker: exact", "checker: fuzzy"),
            cases: "- id: one\n  args: [[1]]\n  expected: [1, 1]\n- id: one\n  args: [[2]]\n  expected: [2, 2]\n- id: three\n  args: [[1], 2]\n  expected: [1, 1]\n");
        var errors = Assert.Throws<ContentException>(() => ChallengeLoader.Load(dir)).Errors
            .Select(e => $"{Path.GetFileName(e.File)}:{e.Line}: {e.Message.Split(" (")[0]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "cases.yaml:4: duplicate case id 'one'",
            "cases.yaml:8: 2 argument(s) given, the signature has 1",
            "challenge.yaml:11: unknown checker 'fuzzy'",
            "challenge.yaml:14: unknown verdict 'acepted'",
        ], errors);
    }

    [Fact]
    public void Shape_problems_point_at_the_key_in_challenge_yaml()
    {
        var challenge = ChallengeLoader.Load(Write(Meta.Replace("hints: [a, b, c]", "hints: [a, b]")));
        var hints = Assert.Single(ContentValidator.CheckShape(challenge), e => e.Message.Contains("hints", StringComparison.Ordinal));
        Assert.Equal(12, hints.Line);
        Assert.Equal(13, challenge.MetaLines["solutions"]);
        Assert.Equal(14, challenge.Solutions[0].Line);
    }

    [Fact]
    public void A_wrong_argument_count_is_reported()
    {
        var dir = Write(cases: "- id: one\n  args: [[1], 2]\n  expected: [1, 1]\n");
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(dir)).Error;
        Assert.Contains("2 argument(s) given, the signature has 1", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Broken_yaml_names_its_line()
    {
        var dir = Write(cases: "- id: one\n  args: [[1, 2]\n  expected: [1, 2]\n");
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(dir)).Error;
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void An_unknown_checker_or_verdict_is_refused()
    {
        var badChecker = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(Meta.Replace("checker: exact", "checker: fuzzy")))).Error;
        Assert.Contains("unknown checker 'fuzzy'", badChecker.Message);
        Assert.Equal(11, badChecker.Line);
        var badVerdict = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(Meta.Replace("verdict: accepted", "verdict: great")))).Error;
        Assert.Contains("unknown verdict 'great'", badVerdict.Message);
    }

    [Fact]
    public void A_pattern_outside_the_eighteen_categories_names_file_and_line()
    {
        var meta = Meta.Replace("kind: function", "patterns:\n  - trees\n  - design\nkind: function");
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(meta))).Error;

        Assert.EndsWith("challenge.yaml", error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains("unknown pattern 'design'", error.Message);
        Assert.Contains("bit-manipulation", error.Message);
    }

    [Fact]
    public void Known_patterns_or_none_at_all_are_accepted()
    {
        var known = ChallengeLoader.Load(Write(Meta.Replace("kind: function", "patterns: [tries, 1-d-dynamic-programming]\nkind: function")));
        Assert.Equal(["tries", "1-d-dynamic-programming"], known.Patterns);

        var none = ChallengeLoader.Load(Write(Meta.Replace("kind: function", "patterns: []\nkind: function")));
        Assert.Empty(none.Patterns);
    }

    [Fact]
    public void A_pattern_is_matched_exactly_so_a_misspelling_is_refused()
    {
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(Meta.Replace("kind: function", "patterns: [Tries]\nkind: function")))).Error;

        Assert.Equal(5, error.Line);
        Assert.Contains("unknown pattern 'Tries'", error.Message);
    }

    [Fact]
    public void A_slug_must_match_its_folder()
    {
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(Meta.Replace("slug: sample", "slug: other")))).Error;
        Assert.Contains("does not match folder name", error.Message);
    }

    [Fact]
    public void The_bank_reports_broken_challenges_without_losing_the_good_ones()
    {
        Write();
        var broken = Path.Combine(root, "challenges", "broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "challenge.yaml"), "slug: broken\n");
        var bank = ContentBank.Load(root);
        Assert.Single(bank.Challenges);
        // Every problem of the broken one (title, difficulty, level, entry, signature, statement,
        // solutions), all in its own folder.
        Assert.True(bank.Errors.Count >= 5, string.Join("\n", bank.Errors));
        Assert.All(bank.Errors, e => Assert.Contains("/broken/", e.File));
    }

    [Fact]
    public void The_real_bank_loads_without_errors()
    {
        var bank = ContentBank.Load(ContentBank.LocateRoot());
        Assert.Empty(bank.Errors);
        Assert.Contains(bank.Challenges, c => c.Slug == "two-sum");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
