// Grading latency through the warm pool, against the baseline a user would otherwise reach for:
// the same 30 cases as a pytest file run by Debian's python3-pytest. Prints one line:
//   grading p50_ms=… p95_ms=… pytest_p50_ms=… speedup=…
// Usage: dotnet run -c Release --project bench/PyPrep.Bench.Grading [-- ITERATIONS]
using System.Diagnostics;
using PyPrep.Bench.Grading;
using PyPrep.Core.Grading;
using PyPrep.Sandbox;

var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var challenge = BenchChallenge.ThirtyCases();
const string solution = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";

var options = new SandboxOptions { WarmSlots = 2 };
SandboxPreflight.Check(options);
await using var pool = new WarmPool(options);
var grader = new Grader(new BubblewrapRunner(pool));
pool.Warm(LaunchProfile.From(challenge.Limits));
await Task.Delay(1000); // let the pool fill before timing, as a running server's would be

var grading = new List<double>();
for (var i = 0; i < iterations + 10; i++)
{
    var clock = Stopwatch.StartNew();
    var run = await grader.GradeAsync(challenge, solution + $"# {i}\n");
    clock.Stop();
    if (run.Verdict != Verdict.Accepted) throw new InvalidOperationException($"benchmark solution not accepted: {VerdictNames.Name(run.Verdict)}");
    if (i >= 10) grading.Add(clock.Elapsed.TotalMilliseconds); // the first runs warm the JIT
    // A user submits at human pace; give the pool time to replace the slot just used.
    await Task.Delay(150);
}

var pytest = PytestBaseline.Measure(challenge, solution, runs: Math.Max(10, iterations / 10));
var p50 = Percentile(grading, 50);
var p95 = Percentile(grading, 95);
var pytestP50 = Percentile(pytest, 50);
Console.Error.WriteLine($"{iterations} graded submissions of {challenge.Cases.Count} cases; {pytest.Count} pytest runs");
Console.WriteLine(FormattableString.Invariant($"grading p50_ms={p50:0.0} p95_ms={p95:0.0} pytest_p50_ms={pytestP50:0.0} speedup={pytestP50 / p50:0.0}"));

static double Percentile(List<double> values, int percent)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
