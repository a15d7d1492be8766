using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Content;

/// <summary>What `content validate` demands of every timed challenge before any sandbox runs (issue 4).</summary>
public sealed class ContentValidatorShapeTests
{
    private const string Generator = "def generate(n, rng):\n    return [n]\n";

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
        Cases = [new TestCase("one", false, [new PyInt(1)], new PyInt(1)), new TestCase("two", true, [new PyInt(2)], new PyInt(2))],
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
