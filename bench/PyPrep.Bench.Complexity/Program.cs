// Complexity benchmark (issue 4): runs the estimator on the labelled corpus in tests/complexity-corpus
// several times and, on the same measurements, a big_O-style least-squares fit as the baseline.
// Prints one line per miss (every estimate with --verbose) on stderr, then:
//   complexity accuracy=…% baseline_accuracy=…% runs=… median_s=…
// "not sure" counts as wrong. Target: accuracy ≥ 95%, median ≤ 1 s, never O(n) read as O(n²).
// --record FILE keeps every estimate's measurements (JSON lines); --replay FILE classifies
// recorded measurements again without timing anything, to study the classifier.
// --fresh-references retimes the reference solutions first instead of using ./data/complexity-cache.
using System.Diagnostics;
using System.Globalization;
using PyPrep.Bench.Complexity;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Sandbox;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var runs = 3;
var verbose = false;
var dump = false;
var fresh = false;
string? only = null, record = null, replay = null;
var options = new ComplexityOptions();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--budget": options = options with { BudgetSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--deadline": options = options with { DeadlineSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture) }; break;
        case "--only": only = args[++i]; break;
        case "--record": record = args[++i]; break;
        case "--replay": replay = args[++i]; break;
        case "--fresh-references": fresh = true; break;
        case "--verbose": verbose = true; break;
        case "--dump": dump = true; break;
        default:
            Console.Error.WriteLine("usage: PyPrep.Bench.Complexity [--runs N] [--budget CPU_SECONDS] [--deadline SECONDS] [--only FAMILY[/FILE]] " +
                                    "[--record FILE | --replay FILE] [--fresh-references] [--verbose] [--dump]");
            return 2;
    }
}

var board = new Scoreboard(verbose);
if (replay is not null)
{
    var recorded = RecordedEstimate.ReadAll(replay).Where(r => only is null || r.Solution.StartsWith(only, StringComparison.Ordinal)).ToList();
    foreach (var estimate in recorded)
        board.Add(estimate, ComplexityClassifier.Classify(estimate.Samples, estimate.Curves(), options.Classifier));
    board.Print(recorded.Count == 0 ? 0 : recorded.Max(r => r.Run));
    return 0;
}

var root = FindRoot();
var families = CorpusLoader.Load(Path.Combine(root, "tests", "complexity-corpus"), Path.Combine(root, "content"))
    .Select(f => only is null ? f : f with { Solutions = f.Solutions.Where(s => s.Name.StartsWith(only, StringComparison.Ordinal)).ToList() })
    .Where(f => f.Solutions.Count > 0).ToList();
// References are timed once per machine and cached; --fresh-references times them again now, into a
// cache of this run only, so they share the machine's present state with the estimates.
var cacheDirectory = fresh ? Path.Combine(Path.GetTempPath(), $"pyprep-bench-references-{Environment.ProcessId}") : Path.Combine(root, "data", "complexity-cache");
var cache = new ReferenceCurveCache(cacheDirectory);
await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1 });
var runner = new BubblewrapRunner(pool);
var meter = new ComplexityMeter(runner, options, cache);
if (dump)
{
    // Debugging aid: the raw records of one timing run of the first solution.
    var first = families[0];
    var outcome = await runner.RunAsync(TimingJob.Build(first.Problem, first.Solutions[0].Code, options, options.BudgetSeconds, options.DeadlineSeconds, options.Samples));
    foreach (var item in outcome.Records)
        Console.WriteLine($"{item.AtMs,8:0.0} ms cpu {item.CpuMs,8:0.0} {item.Type} {item.Body.ToString()[..Math.Min(200, item.Body.ToString().Length)]}");
    Console.WriteLine($"{outcome.Termination} {outcome.ElapsedMs:0} ms; output: {outcome.Output}");
    return 0;
}

// References are timed once per machine and cached; do it up front so estimates are timed warm.
var setup = Stopwatch.StartNew();
foreach (var family in families) await meter.ReferencesAsync(family.Problem);
Console.Error.WriteLine($"references ready in {setup.Elapsed.TotalSeconds:0.0} s");

await using var recording = record is null ? null : new StreamWriter(record, append: false);
for (var run = 1; run <= runs; run++)
{
    foreach (var family in families)
    {
        foreach (var solution in family.Solutions)
        {
            var clock = Stopwatch.StartNew();
            var report = await meter.MeasureAsync(family.Problem, solution.Code);
            var recorded = new RecordedEstimate
            {
                Solution = solution.Name,
                Label = ComplexityLabels.Label(solution.Label),
                Run = run,
                Samples = report.Samples,
                References = report.References.Select(r => new RecordedReference(r.Name, ComplexityLabels.Label(r.Class), r.Points)).ToList(),
                Error = report.Error,
                WallSeconds = clock.Elapsed.TotalSeconds,
                CpuSeconds = report.CpuSeconds,
            };
            board.Add(recorded, report.Estimate);
            if (recording is not null) await recording.WriteLineAsync(recorded.ToJsonLine());
        }
    }
}
board.Print(runs);
if (fresh) Directory.Delete(cacheDirectory, recursive: true);
return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PyPrep.slnx"))) return dir.FullName;
    }
    return Directory.GetCurrentDirectory();
}
