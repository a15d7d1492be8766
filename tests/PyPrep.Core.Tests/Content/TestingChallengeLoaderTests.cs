using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Content;

/// <summary>Testing challenges (<c>kind: tests</c>): cases come from the correct implementation and the mutants.</summary>
public sealed class TestingChallengeLoaderTests : IDisposable
{
    private readonly TempContent content = new();

    private const string Meta = """
        slug: test-clamp
        title: Test clamp
        difficulty: easy
        level: junior
        requires: [pytest]
        kind: tests
        entry: clamp
        mutants:
          - {id: upper-bound, file: mutants/upper.py, fault: "off-by-one at the upper bound", hidden: false}
          - {id: no-check, file: mutants/no_check.py, fault: "lo > hi is not rejected"}
        hints: [a, b, c]
        solutions:
          - {file: good.py, verdict: accepted}
        """;

    private string Write(string meta = Meta)
    {
        content.Write("challenges/test-clamp/challenge.yaml", meta);
        content.Write("challenges/test-clamp/statement.md", "# Test clamp");
        content.Write("challenges/test-clamp/walkthrough.md", "# Walkthrough");
        content.Write("challenges/test-clamp/starter.py", "def test_example():\n    assert clamp(1, 0, 2) == 1\n");
        content.Write("challenges/test-clamp/implementation.py", "def clamp(x, lo, hi):\n    return max(lo, min(x, hi))\n");
        content.Write("challenges/test-clamp/mutants/upper.py", "def clamp(x, lo, hi):\n    return max(lo, min(x, hi - 1))\n");
        content.Write("challenges/test-clamp/mutants/no_check.py", "def clamp(x, lo, hi):\n    return x\n");
        content.Write("challenges/test-clamp/solutions/good.py", "def test_it():\n    assert clamp(5, 0, 3) == 3\n");
        return Path.Combine(content.Root, "challenges", "test-clamp");
    }

    [Fact]
    public void The_correct_implementation_comes_first_then_one_case_per_mutant()
    {
        var challenge = ChallengeLoader.Load(Write());

        Assert.Equal(ChallengeKind.Tests, challenge.Kind);
        Assert.Equal(["passes-on-correct-implementation", "catches-upper-bound", "catches-no-check"], challenge.Cases.Select(c => c.Id));
        Assert.Equal([false, false, true], challenge.Cases.Select(c => c.Hidden));
        Assert.Equal(new PyStr(MutationCheck.AllPass), challenge.Cases[0].Expected);
        Assert.Null(challenge.Cases[0].Fault);
        Assert.Equal("off-by-one at the upper bound", challenge.Cases[1].Fault);
        Assert.Contains("hi - 1", ((PyStr)challenge.Cases[1].Args[0]).Value);
        Assert.Equal(["pytest"], challenge.Requires);
    }

    [Fact]
    public void Reports_describe_an_implementation_instead_of_showing_its_code()
    {
        var challenge = ChallengeLoader.Load(Write());

        Assert.Equal("your tests, run against a faulty implementation: off-by-one at the upper bound", challenge.Cases[1].InputText);
        Assert.DoesNotContain("def clamp", challenge.Cases[0].InputText);
    }

    [Fact]
    public void A_testing_challenge_needs_no_generator_or_expected_complexity()
    {
        Assert.Empty(ContentValidator.CheckShape(ChallengeLoader.Load(Write())));
    }

    [Fact]
    public void A_testing_challenge_without_mutants_is_refused()
    {
        var meta = Meta[..Meta.IndexOf("mutants:", StringComparison.Ordinal)] + "hints: [a, b, c]\nsolutions:\n  - {file: good.py, verdict: accepted}\n";
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(meta)));
        Assert.Contains("mutants", error.Message);
    }

    [Fact]
    public void A_missing_mutant_file_is_reported_in_challenge_yaml()
    {
        var error = Assert.Throws<ContentException>(() => ChallengeLoader.Load(Write(Meta.Replace("mutants/upper.py", "mutants/gone.py"))));
        Assert.EndsWith("challenge.yaml", error.Error.File);
        Assert.Contains("mutants/gone.py", error.Message);
    }

    public void Dispose() => content.Dispose();
}
