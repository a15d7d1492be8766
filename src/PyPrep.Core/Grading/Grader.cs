using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading;

/// <summary>
/// Grades a submission: sends the code and the inputs to the sandbox, then judges on the host what
/// came back (DESIGN.md decision 1). When the sandbox dies during a case (os._exit, a crash, a
/// hard limit), that case fails and the cases after it run again in a fresh sandbox. With a
/// <see cref="StyleAnalyzer"/>, the first sandbox also sends the code's syntax tree, parsed before
/// the code runs, and the run carries the style findings: one interpreter start instead of two.
/// </summary>
public sealed class Grader(ICodeRunner runner, StyleAnalyzer? style = null)
{
    /// <summary>How many fresh sandboxes one submission may use after the first dies.</summary>
    public const int MaxRestarts = 3;

    public async Task<GradingRun> GradeAsync(Challenge challenge, string code, GradingMode mode = GradingMode.Submit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(code);
        var cases = mode == GradingMode.Run ? challenge.VisibleCases.ToList() : challenge.Cases.ToList();
        var results = new List<CaseResult>();
        var pending = cases;
        var elapsed = 0.0;
        var output = new List<string>();
        StyleReport? styleReport = null;
        for (var attempt = 0; ; attempt++)
        {
            var request = GradingJob.Request(challenge, code, pending, syntaxTree: style is not null && attempt == 0);
            var outcome = await runner.RunAsync(request, cancellationToken);
            if (style is not null && attempt == 0 && outcome.Find("ast") is { } tree)
                styleReport = style.AnalyzeRecord(tree.Body, code);
            var judged = Judge.Decide(challenge, pending, outcome);
            elapsed += judged.ElapsedMs;
            if (judged.Output is { } text) output.Add(text);
            if (attempt == 0 && judged.Error is not null) return judged with { Mode = mode, Style = styleReport };

            var answered = judged.FirstUnanswered is { } first ? first + 1 : pending.Count;
            results.AddRange(judged.Cases.Take(answered));
            if (answered >= pending.Count || attempt >= MaxRestarts || judged.Error is not null)
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

    /// <summary>Each sandbox's raw output is capped; so is what several of them wrote together.</summary>
    private static string Cap(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
