using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Sandbox.Tests;

/// <summary>Behaviour challenges: trusted prelude helpers work with the candidate's module.</summary>
public sealed class BehaviourPreludeTests
{
    private static Challenge Behaviour(string prelude, string snippet, PyValue expected) => new()
    {
        Slug = "behaviour-prelude",
        Title = "Behaviour prelude",
        Difficulty = Difficulty.Easy,
        Level = Level.Mid,
        Kind = ChallengeKind.Behavior,
        Entry = "double",
        Signature = new Signature([], TypeSpec.Any),
        Checker = "exact",
        Statement = "",
        Prelude = prelude,
        Cases = [new TestCase("case-1", false, [], expected, snippet)],
        Directory = "behaviour-prelude",
    };

    [Fact]
    public async Task Prelude_helpers_can_call_the_candidates_module_as_solution()
    {
        var challenge = Behaviour(
            prelude: "def doubled_twice(x):\n    return solution.double(solution.double(x))\n",
            snippet: "result = doubled_twice(5)\n",
            expected: new PyInt(20));
        await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1 });
        var grader = new Grader(new BubblewrapRunner(pool));

        var run = await grader.GradeAsync(challenge, "def double(x):\n    return 2 * x\n");

        Assert.Equal(Verdict.Accepted, run.Verdict);
    }

    [Fact]
    public async Task A_wrong_candidate_seen_through_a_prelude_helper_is_a_wrong_answer()
    {
        var challenge = Behaviour(
            prelude: "def doubled_twice(x):\n    return solution.double(solution.double(x))\n",
            snippet: "result = doubled_twice(5)\n",
            expected: new PyInt(20));
        await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1 });
        var grader = new Grader(new BubblewrapRunner(pool));

        var run = await grader.GradeAsync(challenge, "def double(x):\n    return x + 1\n");

        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
    }
}
