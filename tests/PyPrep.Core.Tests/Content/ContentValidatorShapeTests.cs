using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Content;

/// <summary>What `content validate` demands of every timed challenge before any sandbox runs (issue 4).</summary>
public sealed class ContentValidatorShapeTests
{
    private const string Generator = "def generate(n, rng):\n    return [n]\n";

    /// <summary><paramref name="count"/> cases, the first <paramref name="visible"/> of them visible.</summary>
    private static List<TestCase> Cases(int count = 20, int visible = 5) =>
        Enumerable.Range(1, count).Select(i => new TestCase($"case-{i}", i > visible, [new PyInt(i)], new PyInt(i))).ToList();

    private static Challenge Sample(ChallengeKind kind = ChallengeKind.Function, string? generator = Generator, string? expected = "O(n)",
        params ReferenceSolution[] solutions) => new()
    {
        Slug = "sample",
        Title = "Sample",
        Difficulty = Difficulty.Easy,
        Level = Level.Junior,
        Kind = kind,
        Entry = "f",
        Signature = new Signature([new Parameter("x", TypeSpec.Parse("int"))], TypeSpec.Parse("int")),
        Checker = "exact",
        Statement = "# Sample",
        Walkthrough = "Walk.",
        Starter = "def f(x):\n    pass\n",
        Hints = ["a", "b", "c"],
        Generator = generator,
        ExpectedComplexity = expected,
        Cases = Cases(),
        Solutions = solutions.Length > 0 ? solutions : [new ReferenceSolution("optimal.py", "def f(x):\n    return x\n", Verdict.Accepted, "O(n)")],
        Directory = "/bank/challenges/sample",
    };

    [Fact]
    public void A_complete_function_challenge_has_no_shape_problems()
    {
        Assert.Empty(ContentValidator.CheckShape(Sample()));
    }

    [Fact]
    public void A_function_challenge_without_a_generator_is_reported_on_generator_py()
    {
        var error = Assert.Single(ContentValidator.CheckShape(Sample(generator: null)));
        Assert.Equal("/bank/challenges/sample/generator.py", error.File);
        Assert.Contains("input generator", error.Message);
    }

    [Fact]
    public void A_class_challenge_without_an_expected_class_is_reported_on_challenge_yaml()
    {
        var error = Assert.Single(ContentValidator.CheckShape(Sample(ChallengeKind.Class, expected: null)));
        Assert.Equal("/bank/challenges/sample/challenge.yaml", error.File);
        Assert.Contains("complexity: expected:", error.Message);
    }

    [Fact]
    public void A_behaviour_challenge_needs_neither_generator_nor_expected_class()
    {
        Assert.Empty(ContentValidator.CheckShape(Sample(ChallengeKind.Behavior, generator: null, expected: null)));
    }

    [Theory]
    [InlineData("sample", ChallengeKind.Function, 19, 5, "has 19 cases, needs at least 20 (docs/content-format.md)")]
    [InlineData("sample", ChallengeKind.Behavior, 19, 5, "has 19 cases, needs at least 20 (docs/content-format.md)")]
    [InlineData("two-sum", ChallengeKind.Function, 24, 5, "has 24 cases, needs at least 25 (docs/content-format.md)")]
    [InlineData("lru-cache", ChallengeKind.Class, 24, 5, "has 24 cases, needs at least 25 (docs/content-format.md)")]
    [InlineData("sample", ChallengeKind.Class, 20, 4, "has 4 visible cases, needs at least 5")]
    public void Too_few_cases_are_reported_on_the_first_line_of_cases_yaml(string slug, ChallengeKind kind, int count, int visible, string message)
    {
        var challenge = Sample(kind) with { Slug = slug, Cases = Cases(count, visible) };
        var error = Assert.Single(ContentValidator.CheckShape(challenge));
        Assert.Equal(("/bank/challenges/sample/cases.yaml", 1, message), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void The_first_twelve_meet_their_minimum_at_twenty_five_cases_with_five_visible()
    {
        Assert.Equal(12, ContentValidator.FirstTwelve.Count);
        Assert.Empty(ContentValidator.CheckShape(Sample() with { Slug = "clone-graph", Cases = Cases(25, 5) }));
    }

    [Fact]
    public void Problems_in_challenge_yaml_point_at_their_key()
    {
        var lines = new Dictionary<string, int> { ["hints"] = 14, ["solutions"] = 18, ["complexity"] = 9 };
        var challenge = Sample(expected: null, solutions: [new ReferenceSolution("slow.py", "", Verdict.TimeLimitExceeded)]) with { Hints = ["a"], MetaLines = lines };
        var errors = ContentValidator.CheckShape(challenge).Select(e => (e.Line, e.Message.Split(' ')[0])).Order().ToList();
        Assert.Equal([(9, "needs"), (14, "needs"), (18, "needs")], errors);
    }

    [Theory]
    [InlineData("import heapq\n\n\ndef f(x):\n    return x\n", 4)]
    [InlineData("class f:\n    pass\n", 1)]
    [InlineData("def helper():\n    pass\n\ndef f_other(x):\n    pass\n", 1)]
    [InlineData("x = 1\nasync def f(x):\n    return x\n", 2)]
    public void A_reference_is_pointed_at_by_the_definition_of_its_entry(string code, int line)
    {
        Assert.Equal(line, ContentValidator.DefinitionLine(code, "f"));
    }

    [Fact]
    public void The_optimal_reference_is_the_accepted_one_of_the_expected_class()
    {
        var challenge = Sample(expected: "O(n), n = V + E", solutions:
        [
            new ReferenceSolution("brute_force.py", "", Verdict.TimeLimitExceeded, "O(n^2)"),
            new ReferenceSolution("sorted.py", "", Verdict.Accepted, "O(n log n)"),
            new ReferenceSolution("wrong.py", "", Verdict.WrongAnswer, "O(n)"),
            new ReferenceSolution("optimal.py", "", Verdict.Accepted, "O(n), n = V + E"),
        ]);
        Assert.Equal("optimal.py", ContentValidator.OptimalReference(challenge)?.File);
    }

    [Fact]
    public void Without_a_reference_of_the_expected_class_the_first_accepted_one_is_used()
    {
        var challenge = Sample(expected: "O(n log k)", solutions:
        [
            new ReferenceSolution("brute_force.py", "", Verdict.TimeLimitExceeded, "O(n^2)"),
            new ReferenceSolution("heap.py", "", Verdict.Accepted, "O(n log k)"),
            new ReferenceSolution("sorted.py", "", Verdict.Accepted, "O(n log n)"),
        ]);
        Assert.Equal("heap.py", ContentValidator.OptimalReference(challenge)?.File);
    }
}
