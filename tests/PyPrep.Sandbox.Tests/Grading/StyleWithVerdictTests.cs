using PyPrep.Core.Analysis;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>
/// The web server's grader asks the grading sandbox for the syntax tree too, so a submission's
/// style findings cost no second interpreter. The tree is parsed before the code runs.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class StyleWithVerdictTests(SandboxFixture sandbox)
{
    private Grader Grader => new(sandbox.Runner, new StyleAnalyzer(sandbox.Runner));

    [Fact]
    public async Task An_accepted_run_carries_the_findings_of_its_own_code()
    {
        const string code = "def double(x):\n    if x == None:\n        return 0\n    return 2 * x\n";
        var run = await Grader.GradeAsync(TestChallenges.Double(), code);

        Assert.Equal(Verdict.Accepted, run.Verdict);
        var finding = Assert.Single(run.Style!.Findings);
        Assert.Equal(("compare-to-none", 2), (finding.Rule, finding.Line));
    }

    [Fact]
    public async Task Code_that_rewrites_itself_while_loading_still_gets_findings_for_what_was_submitted()
    {
        // The module patches ast before any tree could be made from it at load time: too late.
        const string code = "import ast\nast.parse = lambda *a, **k: None\ndef double(x):\n    return 2 * x if x != None else 0\n";
        var run = await Grader.GradeAsync(TestChallenges.Double(), code);

        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.Contains(run.Style!.Findings, f => f.Rule == "compare-to-none");
    }

    [Fact]
    public async Task A_syntax_error_gets_its_verdict_once_and_no_findings()
    {
        var run = await Grader.GradeAsync(TestChallenges.Double(), "def double(x:\n    return 2 * x\n");

        Assert.Equal(Verdict.SyntaxError, run.Verdict);
        Assert.Null(run.Style);
    }

    [Fact]
    public async Task A_grader_without_style_asks_for_no_tree()
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), "def double(x):\n    return 2 * x if x != None else 0\n");

        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.Null(run.Style);
    }
}
