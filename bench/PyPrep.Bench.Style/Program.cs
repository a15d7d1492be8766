// Style benchmark (issue 5): PyPrep's analyzer and Debian's pylint on the same labelled corpus, in
// the same run. Prints exactly one line on stdout:
//   style precision=… recall=… pylint_recall_on_shared_rules=… ms_per_file=… pylint_ms_per_file=…
// Details (per rule, misses, false positives) go to stderr.
//
// Timing is end to end for both tools: PyPrep's figure includes starting a fresh sandboxed
// interpreter (no warm pool), CPython parsing every file, the JSON trip and the rules (which run on
// each tree as it arrives, so "in the sandbox" below can be most of the total); pylint's is one
// process over all files. The tools take turns, RUNS times each (default 5), so both meet the same
// moments of a shared machine (pylint alone swung from 1.4 to 2.9 s between runs here); the medians
// are reported.
// PyPrep's timed runs follow one untimed run, as they would in a running `serve` or a batch `lint`:
// the first run of a process also JIT-compiles the rules and the sandbox code (a few hundred ms,
// once per process, printed below). The project turns tiered compilation off for the same reason
// (see the .csproj). Every timed run still starts its own sandbox from nothing.
using System.Diagnostics;
using System.Globalization;
using PyPrep.Bench.Style;
using PyPrep.Core.Analysis;
using PyPrep.Sandbox;

var folder = args.Length > 0 ? Path.GetFullPath(args[0]) : FindCorpus();
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var snippets = LabelledSnippet.LoadAll(folder);
if (snippets.Count == 0)
{
    Console.Error.WriteLine($"no snippets under {folder}");
    return 2;
}

// PyPrep: one sandbox run for the whole corpus (the harness's batched ast mode); pylint: one
// process over the same files, right after.
IReadOnlyList<StyleReport> reports = [];
List<(string Path, string Rule, int Line)> pylintFindings = [];
var ours = new List<double>();
var sandbox = new List<double>();
var theirs = new List<double>();
var firstRunMs = 0.0;
for (var run = -1; run < runs; run++)
{
    var clock = Stopwatch.StartNew();
    await using (var pool = new WarmPool(new SandboxOptions { WarmSlots = 0 }))
    {
        var timed = new TimedRunner(new BubblewrapRunner(pool));
        reports = await new StyleAnalyzer(timed).AnalyzeManyAsync(snippets.Select(s => s.Code).ToList());
        if (run >= 0) sandbox.Add(timed.SandboxMs);
    }
    if (run < 0)
    {
        firstRunMs = clock.Elapsed.TotalMilliseconds;
        continue;
    }
    ours.Add(clock.Elapsed.TotalMilliseconds);
    var (findings, ms) = PylintRun.Run(snippets.Select(s => s.Path).ToList());
    pylintFindings = findings;
    theirs.Add(ms);
}

// The server's path: a sandbox started ahead of time by the warm pool (DESIGN.md decision 4), so
// only the job itself is timed. Reported on stderr; the headline figure stays cold.
var warm = new List<double>();
for (var run = 0; run < runs; run++)
{
    await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1 });
    pool.Warm(LaunchProfile.From(PyPrep.Core.Content.ResourceLimits.Default));
    await Task.Delay(TimeSpan.FromSeconds(3)); // time for the slot to start and load the harness
    var clock = Stopwatch.StartNew();
    await new StyleAnalyzer(new BubblewrapRunner(pool)).AnalyzeManyAsync(snippets.Select(s => s.Code).ToList());
    warm.Add(clock.Elapsed.TotalMilliseconds);
}

// What a sandbox costs with nothing to parse: the fixed part of ms_per_file.
var empty = Stopwatch.StartNew();
await using (var pool = new WarmPool(new SandboxOptions { WarmSlots = 0 }))
{
    await new StyleAnalyzer(new BubblewrapRunner(pool)).AnalyzeManyAsync(["x = 1"]);
}
var emptyMs = empty.Elapsed.TotalMilliseconds;

if (Environment.GetEnvironmentVariable("STYLE_PROFILE") == "1") await Profile.RunAsync(snippets);

var score = new Score();
var sharedOurs = new Score();
var sharedPylint = new Score();
var shared = PylintRun.SharedRules;
foreach (var (snippet, report) in snippets.Zip(reports))
{
    if (!report.Analyzed) Console.Error.WriteLine($"not analysed: {snippet.Path}: {report.SyntaxError ?? report.Error}");
    var found = report.Findings.Select(f => (f.Rule, f.Line)).ToList();
    score.Add(snippet, found);
    sharedOurs.Add(snippet, found, shared);
    sharedPylint.Add(snippet, pylintFindings.Where(p => p.Path == snippet.Path).Select(p => (p.Rule, p.Line)), shared);
}

Console.Error.WriteLine($"corpus: {snippets.Count} files, {score.Expected} labelled findings, {snippets.Count(s => s.Expected.Count == 0)} files that must stay silent");
Console.Error.WriteLine($"{"rule",-24} {"pyprep",8} {"pylint",8}");
foreach (var (rule, (expected, found)) in score.ByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    var pylint = sharedPylint.ByRule.TryGetValue(rule, out var p) ? $"{p.Found}/{p.Expected}" : "-";
    Console.Error.WriteLine($"{rule,-24} {$"{found}/{expected}",8} {pylint,8}");
}
Console.Error.WriteLine($"pyprep recall on shared rules: {sharedOurs.Recall:0.000}; pylint findings on shared rules: {sharedPylint.Findings}, correct {sharedPylint.Correct}");
Console.Error.WriteLine($"pyprep runs (ms): {string.Join(", ", ours.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))} (in the sandbox: {string.Join(", ", sandbox.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))}); pylint runs (ms): {string.Join(", ", theirs.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))}");
Console.Error.WriteLine($"one sandbox run with a single one-line file: {emptyMs:0} ms; the untimed first run of this process (JIT included): {firstRunMs:0} ms");
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm pool (server path): runs {string.Join(", ", warm.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))} ms, ms_per_file={Median(warm) / snippets.Count:0.00}"));
Console.Error.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
foreach (var miss in score.Missed) Console.Error.WriteLine($"missed: {miss}");
foreach (var wrong in score.FalsePositives) Console.Error.WriteLine($"false positive: {wrong}");

var msPerFile = Median(ours) / snippets.Count;
var pylintMsPerFile = Median(theirs) / snippets.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"style precision={score.Precision:0.000} recall={score.Recall:0.000} pylint_recall_on_shared_rules={sharedPylint.Recall:0.000} ms_per_file={msPerFile:0.00} pylint_ms_per_file={pylintMsPerFile:0.00}"));
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string FindCorpus()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "style-corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
    }
    return Path.GetFullPath("bench/style-corpus");
}
