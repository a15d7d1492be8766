// Complexity benchmark (issue 4): runs the estimator on the labelled corpus in tests/complexity-corpus
// several times and, on the same measurements, a big_O-style least-squares fit as the baseline.
// Prints one line per estimate with --verbose, then:
//   complexity accuracy=…% baseline_accuracy=…% runs=… median_s=…
// "not sure" counts as wrong. Target: accuracy ≥ 95%, median ≤ 1 s, never O(n) read as O(n²).
using System.Diagnostics;
using System.Globalization;
using PyPrep.Bench.Complexity;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Sandbox;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var runs = 3;
var verbose = false;
var dump = false;
string? only = null;
var options = new ComplexityOptions();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--budget": options = options with { BudgetSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--only": only = args[++i]; break;
        case "--verbose": verbose = true; break;
        case "--dump": dump = true; break;
        default:
            Console.Error.WriteLine("usage: PyPrep.Bench.Complexity [--runs N] [--budget SECONDS] [--only FAMILY] [--verbose]");
            return 2;
    }
}

var root = FindRoot();
var families = CorpusLoader.Load(Path.Combine(root, "tests", "complexity-corpus"), Path.Combine(root, "content"))
    .Where(f => only is null || f.Name == only).ToList();
var cache = new ReferenceCurveCache(Path.Combine(root, "data", "complexity-cache"));
await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1 });
var runner = new BubblewrapRunner(pool);
var meter = new ComplexityMeter(runner, options, cache);
if (dump)
{
    // Debugging aid: the raw records of one timing run of the first solution.
    var first = families[0];
    var outcome = await runner.RunAsync(TimingJob.Build(first.Problem, first.Solutions[0].Code, options, options.BudgetSeconds, options.Samples));
    foreach (var record in outcome.Records)
        Console.WriteLine($"{record.AtMs,8:0.0} ms cpu {record.CpuMs,8:0.0} {record.Type} {record.Body.ToString()[..Math.Min(160, record.Body.ToString().Length)]}");
    Console.WriteLine($"{outcome.Termination} {outcome.ElapsedMs:0} ms; output: {outcome.Output}");
    return 0;
}

// References are timed once per machine and cached; do it up front so estimates are timed warm.
var setup = Stopwatch.StartNew();
foreach (var family in families) await meter.ReferencesAsync(family.Problem);
Console.Error.WriteLine($"references ready in {setup.Elapsed.TotalSeconds:0.0} s");

int right = 0, baselineRight = 0, total = 0, linearAsQuadratic = 0, notSure = 0;
var seconds = new List<double>();
for (var run = 1; run <= runs; run++)
{
    foreach (var family in families)
    {
        foreach (var solution in family.Solutions)
        {
            var clock = Stopwatch.StartNew();
            var report = await meter.MeasureAsync(family.Problem, solution.Code);
            seconds.Add(clock.Elapsed.TotalSeconds);
            var estimate = report.Estimate.Class;
            var baseline = report.Samples.Count >= 2 ? BaselineFit.Classify(report.Samples) : (ComplexityClass?)null;
            total++;
            if (estimate == solution.Label) right++;
            if (baseline == solution.Label) baselineRight++;
            if (estimate is null) notSure++;
            if (IsLinearAsQuadratic(solution.Label, estimate)) linearAsQuadratic++;
            if (verbose || estimate != solution.Label)
            {
                var got = estimate is { } e ? ComplexityLabels.Label(e) : $"not sure ({report.Estimate.Reason}; closest {Label(report.Estimate.Closest)})";
                Console.Error.WriteLine(
                    $"{(estimate == solution.Label ? "ok  " : "MISS")} run {run} {solution.Name,-45} label {ComplexityLabels.Label(solution.Label),-10} got {got} " +
                    $"conf {report.Estimate.Confidence:0.00} exp {report.Estimate.Exponent:0.00} {report.Estimate.Method} sizes {report.Samples.Count} " +
                    $"max_n {(report.Samples.Count > 0 ? report.Samples[^1].N : 0)} baseline {Label(baseline)} {clock.Elapsed.TotalSeconds:0.00}s{(report.Error is { } err ? " error: " + err : "")}");
            }
        }
    }
}

seconds.Sort();
var median = seconds.Count == 0 ? 0 : seconds.Count % 2 == 1 ? seconds[seconds.Count / 2] : (seconds[seconds.Count / 2 - 1] + seconds[seconds.Count / 2]) / 2;
Console.Error.WriteLine($"estimates={total} not_sure={notSure} linear_read_as_quadratic={linearAsQuadratic}");
Console.WriteLine($"complexity accuracy={Percent(right, total)}% baseline_accuracy={Percent(baselineRight, total)}% runs={runs} median_s={median:0.000}");
return 0;

static string Percent(int part, int whole) => whole == 0 ? "0.0" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

static string Label(ComplexityClass? c) => c is { } value ? ComplexityLabels.Label(value) : "-";

// The confusion the issue forbids: O(n) (or O(n log n)) read as O(n²), or the other way round.
static bool IsLinearAsQuadratic(ComplexityClass label, ComplexityClass? estimate) =>
    estimate is { } e && ((ComplexityLabels.Group(label) == 1 && e == ComplexityClass.Quadratic) ||
                          (label == ComplexityClass.Quadratic && ComplexityLabels.Group(e) == 1));

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PyPrep.slnx"))) return dir.FullName;
    }
    return Directory.GetCurrentDirectory();
}
