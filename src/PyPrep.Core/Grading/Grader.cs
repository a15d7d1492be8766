using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading;

/// <summary>
/// Grades a submission: sends the code and the inputs to the sandbox, then judges on the host what
/// came back (DESIGN.md decision 1). When the sandbox dies during a case (os._exit, a crash, the
/// memory or output limit), that case fails and the cases after it run again in a fresh sandbox.
/// A run stopped at its CPU or wall-clock limit is not restarted: the limits bound the whole
/// submission, and a restart would let code that sleeps or spins hold sandboxes for several times
/// its limit; the cases after it are reported as not run. With a
/// <see cref="StyleAnalyzer"/>, the first sandbox also sends the code's syntax tree, parsed before
/// the code runs, and the run carries the style findings: one interpreter start instead of two.
/// With <paramref name="hiddenApart"/>, a submission's hidden cases run in a sandbox of their own,
/// after the visible ones: the process whose output is shown then never held a hidden input.
/// </summary>
/// <param name="runner">Runs the jobs.</param>
/// <param name="style">Sends the syntax tree along with the first job when given.</param>
/// <param name="hiddenApart">
/// Whether the hidden cases' inputs must stay out of the sandbox that runs the visible ones. The
/// web app needs it: candidates see what visible cases printed, raised and returned, and code can
/// find every input of its job in memory (<c>gc.get_objects()</c>). The CLI shows hidden cases'
/// output to the user anyway and saves the second sandbox.
/// </param>
public sealed class Grader(ICodeRunner runner, StyleAnalyzer? style = null, bool hiddenApart = false)
{
    /// <summary>How many fresh sandboxes one submission may use after the first dies.</summary>
    public const int MaxRestarts = 3;

    public async Task<GradingRun> GradeAsync(Challenge challenge, string code, GradingMode mode = GradingMode.Submit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(code);
        var cases = mode == GradingMode.Run ? challenge.VisibleCases.ToList() : challenge.Cases.ToList();
        var visible = cases.Where(c => !c.Hidden).ToList();
        var hidden = cases.Where(c => c.Hidden).ToList();
        if (!hiddenApart || visible.Count == 0 || hidden.Count == 0)
            return await GradeCasesAsync(challenge, code, cases, mode, style, cancellationToken);

        var shown = await GradeCasesAsync(challenge, code, visible, mode, style, cancellationToken);
        // A program that does not compile or load fails every case the same way, hidden ones included.
        if (shown.Error is not null) return shown with { Cases = cases.Select(c => SameFailure(shown.Cases[0], c)).ToList() };
        var secret = await GradeCasesAsync(challenge, code, hidden, mode, null, cancellationToken);
        // The hidden run's own whole-program error (code that loads differently the second time) stays
        // on its cases: its text may quote the inputs, so it is not the submission's error.
        var byId = shown.Cases.Concat(secret.Cases).ToDictionary(r => r.Id);
        var all = cases.Select(c => byId[c.Id]).ToList();
        return shown with
        {
            Verdict = all.FirstOrDefault(r => !r.Passed)?.Status ?? Verdict.Accepted,
            Cases = all,
            Output = shown.Output is null && secret.Output is null ? null : Cap(shown.Output + secret.Output, challenge.Limits.OutputKb * 1024),
            ElapsedMs = shown.ElapsedMs + secret.ElapsedMs,
        };
    }

    private async Task<GradingRun> GradeCasesAsync(Challenge challenge, string code, List<TestCase> cases, GradingMode mode,
        StyleAnalyzer? analyzer, CancellationToken cancellationToken)
    {
        var results = new List<CaseResult>();
        var pending = cases;
        var elapsed = 0.0;
        var output = new List<string>();
        StyleReport? styleReport = null;
        for (var attempt = 0; ; attempt++)
        {
            var request = GradingJob.Request(challenge, code, pending, syntaxTree: analyzer is not null && attempt == 0);
            var outcome = await runner.RunAsync(request, cancellationToken);
            // The tree is sent before the candidate's code runs, so only a first record is the harness's.
            if (analyzer is not null && attempt == 0 && outcome.Records.FirstOrDefault() is { Type: "ast" } tree)
                styleReport = analyzer.AnalyzeRecord(tree.Body, code);
            var judged = Judge.Decide(challenge, pending, outcome);
            elapsed += judged.ElapsedMs;
            if (judged.Output is { } text) output.Add(text);
            if (attempt == 0 && judged.Error is not null) return judged with { Mode = mode, Style = styleReport };

            var answered = judged.FirstUnanswered is { } first ? first + 1 : pending.Count;
            results.AddRange(judged.Cases.Take(answered));
            if (answered >= pending.Count || attempt >= MaxRestarts || judged.Error is not null || StoppedForTime(outcome))
            {
                results.AddRange(judged.Cases.Skip(answered));
                break;
            }
            pending = pending.Skip(answered).ToList();
        }

        return new GradingRun
        {
            Challenge = challenge.Slug,
            Verdict = results.FirstOrDefault(r => !r.Passed)?.Status ?? Verdict.Accepted,
            Cases = results,
            Output = output.Count == 0 ? null : Cap(string.Concat(output), challenge.Limits.OutputKb * 1024),
            ElapsedMs = elapsed,
            Mode = mode,
            Style = styleReport,
        };
    }

    private static CaseResult SameFailure(CaseResult failure, TestCase testCase) => failure with
    {
        Id = testCase.Id,
        Hidden = testCase.Hidden,
        TimeMs = 0,
        Input = testCase.Hidden ? null : testCase.InputText,
        Expected = testCase.Hidden ? null : testCase.Expected,
        Actual = null,
        Stdout = null,
    };

    private static bool StoppedForTime(RunOutcome outcome) =>
        outcome.Termination is Termination.CpuLimit or Termination.WallLimit;

    /// <summary>Each sandbox's raw output is capped; so is what several of them wrote together.</summary>
    private static string Cap(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
