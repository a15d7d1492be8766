using System.Text.Json;
using PyPrep.Core.Grading.Complexity;
using PyPrep.Core.Running;

namespace PyPrep.Core.Tests.Grading.Complexity;

public sealed class TimingRunTests
{
    [Fact]
    public void Honest_sizes_keep_the_harness_minimum()
    {
        // 1000 calls of ~10 µs each: the host saw ~11 ms of CPU between the two records.
        var run = TimingRun.From(Outcome(Size(1024, [1.1e-5, 1.0e-5, 1.05e-5], calls: 1000, beginCpuMs: 10, endCpuMs: 21.5)));
        Assert.Equal(1.0e-5, Assert.Single(run.Points).Seconds, 12);
        Assert.Equal(0, run.Distrusted);
    }

    [Fact]
    public void A_patched_clock_gains_nothing_the_host_did_not_see()
    {
        // The harness claims 10 ns per call, but the host's CPU stamps show 1000 calls took 100 ms.
        var run = TimingRun.From(Outcome(Size(1024, [1e-8], calls: 1000, beginCpuMs: 10, endCpuMs: 110)));
        var point = Assert.Single(run.Points);
        Assert.True(point.Seconds >= (0.1 - TimingRun.HostSlackSeconds) / 1000 / TimingRun.HostFactor * 0.999);
        Assert.Equal(1, run.Distrusted);
    }

    [Fact]
    public void Without_cpu_stamps_the_host_wall_clock_checks_instead()
    {
        var records = Size(1024, [1e-8], calls: 100, beginCpuMs: null, endCpuMs: null, beginAtMs: 5, endAtMs: 305);
        var run = TimingRun.From(Outcome(records));
        Assert.True(Assert.Single(run.Points).Seconds > 1e-4);
    }

    [Fact]
    public void Peak_memory_per_size_is_kept()
    {
        var run = TimingRun.From(Outcome(Size(64, [1e-6], calls: 10, beginCpuMs: 1, endCpuMs: 1.02, peakBytes: 4096)));
        Assert.Equal(new MemoryPoint(64, 4096), Assert.Single(run.Memory));
    }

    [Fact]
    public void A_size_without_a_host_window_is_left_out()
    {
        // Samples the host never saw a window for are claims nobody checked.
        var records = Size(64, [1e-6], calls: 10, beginCpuMs: 1, endCpuMs: 1.02);
        records.Add(Record("sample", """{"t":"sample","n":128,"seconds":1e-9}"""));
        var run = TimingRun.From(Outcome(records));
        Assert.Equal(64, Assert.Single(run.Points).N);
    }

    [Fact]
    public void A_raising_solution_is_reported_with_its_size()
    {
        var records = new List<HarnessRecord>
        {
            Record("plan", """{"t":"plan","sizes":[16]}"""),
            Record("loaded", """{"t":"loaded","stdout":""}"""),
            Record("time_error", """{"t":"time_error","n":16,"error":{"type":"IndexError","message":"list index out of range"}}"""),
        };
        var run = TimingRun.From(Outcome(records));
        Assert.Contains("size 16", run.Error, StringComparison.Ordinal);
        Assert.Contains("IndexError", run.Error, StringComparison.Ordinal);
    }

    private static List<HarnessRecord> Size(int n, double[] seconds, int calls, double? beginCpuMs, double? endCpuMs,
        double beginAtMs = 10, double endAtMs = 12, long? peakBytes = null)
    {
        var records = new List<HarnessRecord> { Record("loaded", """{"t":"loaded","stdout":""}""") };
        if (peakBytes is { } p) records.Add(Record("memory", $$"""{"t":"memory","n":{{n}},"peak_bytes":{{p}}}"""));
        records.Add(Record("window_begin", $$"""{"t":"window_begin","n":{{n}}}""", beginAtMs, beginCpuMs));
        records.Add(Record("window_end", $$"""{"t":"window_end","n":{{n}},"calls":{{calls}},"mutated":false}""", endAtMs, endCpuMs));
        foreach (var s in seconds)
            records.Add(Record("sample", $$"""{"t":"sample","n":{{n}},"seconds":{{s.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}}""", endAtMs + 1, endCpuMs));
        return records;
    }

    private static HarnessRecord Record(string type, string json, double atMs = 1, double? cpuMs = null) =>
        new(type, JsonDocument.Parse(json).RootElement.Clone(), atMs, cpuMs);

    private static RunOutcome Outcome(List<HarnessRecord> records) =>
        new() { Records = records, Termination = Termination.Exited, ElapsedMs = 500 };
}
