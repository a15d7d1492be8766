using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>
/// `content validate`'s generator check in the real sandbox (issue 4): the inputs a generator makes
/// at its first two sizes must be accepted by the optimal reference, in one sandbox run.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class GeneratorCheckTests(SandboxFixture sandbox)
{
    private ContentValidator Validator => new(sandbox.Grader, sandbox.Runner);

    private static Challenge Double(string generator, string optimal = "def double(x):\n    return 2 * x\n") =>
        TestChallenges.Double() with
        {
            Directory = "/bank/challenges/double",
            Generator = generator,
            ExpectedComplexity = "O(1)",
            Solutions =
            [
                // Listed first but not of the expected class: the check must not pick it.
                new ReferenceSolution("slow.py", "def double(x):\n    raise ValueError('not this one')\n", Verdict.Accepted, "O(n)"),
                new ReferenceSolution("optimal.py", optimal, Verdict.Accepted, "O(1)"),
            ],
        };

    [Fact]
    public async Task Inputs_the_optimal_reference_accepts_pass()
    {
        Assert.Null(await Validator.CheckGeneratorAsync(Double("def generate(n, rng):\n    return [rng.randrange(n)]\n")));
    }

    [Fact]
    public async Task A_generator_that_raises_is_reported_with_its_line()
    {
        var error = await Validator.CheckGeneratorAsync(Double("def generate(n, rng):\n    return [n // 0]\n"));
        Assert.NotNull(error);
        Assert.Equal("/bank/challenges/double/generator.py", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("ZeroDivisionError", error.Message);
    }

    [Fact]
    public async Task Inputs_the_optimal_reference_rejects_are_reported_on_the_generator()
    {
        // A string where the signature says int: the reference passes its cases but not these inputs.
        var error = await Validator.CheckGeneratorAsync(Double("def generate(n, rng):\n    return [str(n)]\n",
            optimal: "def double(x):\n    return x + x + 0\n"));
        Assert.NotNull(error);
        Assert.Equal("/bank/challenges/double/generator.py", error.File);
        Assert.Contains("optimal.py raised TypeError", error.Message);
        Assert.Contains("n=16", error.Message);
    }

    [Fact]
    public async Task Only_the_first_two_sizes_are_generated()
    {
        // The third size would need terabytes: the check never gets there.
        var generator = "SIZES = [16, 32, 10 ** 12]\n\ndef generate(n, rng):\n    return [len([0] * n)]\n";
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(await Validator.CheckGeneratorAsync(Double(generator)));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
    }

    [Theory]
    [InlineData("clone-graph")]     // a graph of Node objects
    [InlineData("implement-trie")]  // a class challenge: [operations, arguments]
    [InlineData("edit-distance")]   // the generator's own SIZES
    public async Task Shipped_generators_pass(string slug)
    {
        var challenge = ContentBank.Load(ContentBank.LocateRoot()).Find(slug)!;
        Assert.Null(await Validator.CheckGeneratorAsync(challenge));
    }
}
