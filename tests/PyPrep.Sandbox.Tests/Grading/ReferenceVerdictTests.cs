using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>
/// `content validate` on a reference that gets the wrong verdict: the error points at a line of the
/// reference (the traceback's, else the entry's definition) and names the declaration in challenge.yaml.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class ReferenceVerdictTests(SandboxFixture sandbox)
{
    private ContentValidator Validator => new(sandbox.Grader, sandbox.Runner);

    [Fact]
    public async Task A_wrong_answer_points_at_the_definition_and_the_declaration()
    {
        var challenge = TestChallenges.Double() with { Directory = "/bank/challenges/double" };
        var solution = new ReferenceSolution("triple.py", "import math\n\n\ndef double(x):\n    return 3 * x\n", Verdict.Accepted, Line: 17);

        var error = await Validator.CheckSolutionAsync(challenge, solution);

        Assert.NotNull(error);
        Assert.Equal(("/bank/challenges/double/solutions/triple.py", 4), (error.File, error.Line));
        Assert.StartsWith("declared accepted (challenge.yaml:17), got wrong_answer (first failing case 'one'", error.Message);
    }

    [Fact]
    public async Task A_runtime_error_points_at_the_line_that_raised()
    {
        var challenge = TestChallenges.Double() with { Directory = "/bank/challenges/double" };
        var solution = new ReferenceSolution("raises.py", "def double(x):\n    y = x * 2\n    raise ValueError(y)\n", Verdict.Accepted, Line: 9);

        var error = await Validator.CheckSolutionAsync(challenge, solution);

        Assert.NotNull(error);
        Assert.Equal(3, error.Line);
        Assert.Contains("(challenge.yaml:9)", error.Message);
    }

    [Fact]
    public async Task A_reference_that_gets_its_declared_verdict_is_no_error()
    {
        var solution = new ReferenceSolution("ok.py", "def double(x):\n    return 2 * x\n", Verdict.Accepted, Line: 3);
        Assert.Null(await Validator.CheckSolutionAsync(TestChallenges.Double(), solution));
    }
}
