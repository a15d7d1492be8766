using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>The shipped bank through the real grader: the same check `pyprep content validate` makes.</summary>
[Collection(SandboxCollection.Name)]
public sealed class RealBankTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Two_sum_references_get_their_declared_verdicts()
    {
        var bank = ContentBank.Load(ContentBank.LocateRoot());
        var challenge = bank.Find("two-sum")!;
        var validator = new ContentValidator(sandbox.Grader, sandbox.Runner);
        foreach (var solution in challenge.Solutions)
            Assert.Null(await validator.CheckSolutionAsync(challenge, solution));
    }

    [Fact]
    public async Task A_reference_with_the_wrong_declared_verdict_is_reported_with_its_file()
    {
        var challenge = ContentBank.Load(ContentBank.LocateRoot()).Find("two-sum")!;
        var lying = new ReferenceSolution("liar.py", "def two_sum(nums, target):\n    return [0, 0]\n", Verdict.Accepted);
        var error = await new ContentValidator(sandbox.Grader, sandbox.Runner).CheckSolutionAsync(challenge, lying);
        Assert.NotNull(error);
        Assert.EndsWith("solutions/liar.py", error.File);
        Assert.StartsWith("declared accepted, got wrong_answer", error.Message);
    }
}
