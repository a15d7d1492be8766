using System.Runtime.ExceptionServices;
using System.Text.Json;
using PyPrep.Core.Running;

namespace PyPrep.Core.Analysis;

/// <summary>
/// The records of one batched <c>ast</c> job, read in the order they came: keeps the node class
/// table and starts analysing each tree as soon as its record arrives. The sandbox streams records
/// to <see cref="Read"/> while the harness is still converting later files; each tree is then
/// analysed on the thread pool, so the rules run on the core the harness leaves free and, once it
/// is done, on every core, while the reader keeps reading. Whatever the runner did not stream is
/// read after the run by <see cref="FinishAsync"/>.
/// </summary>
internal sealed class AstBatch(StyleAnalyzer analyzer, IReadOnlyList<string> sources)
{
    private readonly object gate = new();
    private readonly StyleReport?[] reports = new StyleReport?[sources.Count];
    private readonly bool[] taken = new bool[sources.Count];
    private readonly List<Task> analyses = [];
    private readonly PyNodeClasses classes = new();
    private string? broken;
    private int read;
    private bool finished;
    private ExceptionDispatchInfo? failure;

    /// <summary>Takes the next record of the run (called in order, on the runner's reading thread). Never throws.</summary>
    public void Read(HarnessRecord record)
    {
        lock (gate)
        {
            if (finished || failure is not null) return;
            read++;
            try
            {
                Take(record);
            }
            catch (Exception e)
            {
                // Rethrown on the caller's thread by Finish: a bug must not stop the sandbox's reader.
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    /// <summary>Reads the records the runner did not stream, waits for every analysis and returns one report per source.</summary>
    public async Task<IReadOnlyList<StyleReport>> FinishAsync(RunOutcome outcome)
    {
        lock (gate)
        {
            finished = true;
            failure?.Throw();
            for (var i = read; i < outcome.Records.Count; i++) Take(outcome.Records[i]);
        }
        await Task.WhenAll(analyses);
        var missing = $"the sandbox sent no syntax tree ({outcome.Termination})";
        return reports.Select(r => r ?? new StyleReport { Error = missing }).ToList();
    }

    private void Take(HarnessRecord record)
    {
        // Later trees number their nodes' classes after these: a table that cannot be read
        // leaves every later tree unreadable too.
        if (record.Type == "ast" && broken is null) broken = StyleAnalyzer.AddClasses(classes, record.Body);
        if (!record.Body.TryGetProperty("i", out var i) || !i.TryGetInt32(out var index) || index < 0 || index >= sources.Count || taken[index]) return;
        switch (record.Type)
        {
            case "ast" when broken is not null:
                reports[index] = new StyleReport { Error = broken };
                break;
            case "ast" when record.Body.TryGetProperty("tree", out var tree):
                // Every class this tree uses was added above or by an earlier record.
                var code = sources[index];
                analyses.Add(Task.Run(() => reports[index] = analyzer.Analyze(tree, classes, code)));
                break;
            case "syntax_error":
                reports[index] = SyntaxErrorReport(record.Body);
                break;
            default:
                return;
        }
        taken[index] = true;
    }

    private static StyleReport SyntaxErrorReport(JsonElement body)
    {
        var line = body.TryGetProperty("line", out var l) && l.TryGetInt32(out var n) ? n : 0;
        var message = body.TryGetProperty("message", out var m) ? m.GetString() : "invalid syntax";
        return new StyleReport { SyntaxError = $"line {line}: {message}" };
    }
}
