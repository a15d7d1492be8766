using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>
/// Attacks on the results channel and the harness's timers. The candidate's code runs in the
/// harness's process, so it can write to the channel (fd 3, the harness's RESULTS), patch the
/// harness's functions through <c>sys.modules["__main__"]</c> and disarm its per-case timer. The host
/// holds the records to the harness's order, caps how many it reads, and times every case from
/// outside, so none of that fakes a verdict or a time.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class ChannelAttackTests(SandboxFixture sandbox)
{
    /// <summary>A short case limit, so spinning three times past it stays cheap; roomy run limits, for a busy machine.</summary>
    private static readonly ResourceLimits Short = new() { CaseSeconds = 0.5, CpuSeconds = 8, WallSeconds = 30 };

    private const string Channel = "import os, sys\nRESULTS = sys.modules['__main__'].RESULTS\n";

    private Task<GradingRun> Grade(string code, ResourceLimits? limits = null) =>
        sandbox.Grader.GradeAsync(TestChallenges.Double(limits ?? Short), code);

    [Fact]
    public async Task A_forged_ok_record_for_the_next_case_is_not_accepted_and_times_stay_the_hosts()
    {
        var run = await Grade(Channel + """
            import time
            def double(x):
                if x == 1:
                    time.sleep(0.5)
                    os.write(RESULTS, b'{"t":"case","i":1,"ok":true,"value":4,"ns":1}\n')
                    time.sleep(0.5)
                return x * 2
            """);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Equal(0, run.Passed);
        Assert.All(run.Cases, c => Assert.Contains("the results channel was written to by the submission", c.Error));
        Assert.Contains("a record for case 2 when case 1's was due", run.Cases[0].Error);
        Assert.Contains("not trusted from case one", run.Cases[1].Error);
        // The case the forgery came in is timed by the host up to the forged record, never by its "ns"
        // (less only what the host's read of an earlier record lagged: tens of milliseconds on a very busy
        // machine; half the sleep is allowed, still far from the forged nanosecond).
        Assert.True(run.Cases[0].TimeMs >= 250, $"case one reported {run.Cases[0].TimeMs} ms");
        Assert.Equal(1, run.Cases.Count(c => c.TimeMs > 0));
    }

    [Fact]
    public async Task Taking_over_the_harness_to_report_every_case_in_one_nanosecond_changes_no_time()
    {
        // Records stay in order, so the host cannot tell them from the harness's; their times are the host's.
        var run = await Grade("""
            import sys, time
            harness = sys.modules['__main__']
            real_send = harness.send
            def send(record):
                if record.get('t') == 'case':
                    record['ns'] = 1
                real_send(record)
            harness.send = send
            def double(x):
                time.sleep(0.5)
                return x * 2
            """);
        Assert.Equal(Verdict.Accepted, run.Verdict);
        // Each case is the host's gap between records, less what its read of the previous one lagged
        // (half the sleep is allowed); the sum loses only the first read's lag.
        Assert.All(run.Cases, c => Assert.True(c.TimeMs >= 250, $"case {c.Id} reported {c.TimeMs} ms"));
        Assert.True(run.Cases.Sum(c => c.TimeMs) >= 1450, $"the cases reported {run.Cases.Sum(c => c.TimeMs)} ms in all");
    }

    [Theory]
    [InlineData("""{"t":"missing_library","module":"numpy","message":"No module named numpy"}""", false)]
    [InlineData("""{"t":"syntax_error","line":1,"column":1,"message":"invalid syntax"}""", false)]
    [InlineData("""{"t":"load_error","error":{"type":"ValueError","message":"x","traceback":""},"stdout":""}""", false)]
    // Written while the module loads: the harness's own "loaded" then comes out of order.
    [InlineData("""{"t":"syntax_error","line":1,"column":1,"message":"invalid syntax"}""", true)]
    [InlineData("""{"t":"missing_library","module":"numpy","message":"No module named numpy"}""", true)]
    public async Task A_forged_load_verdict_is_not_the_verdict(string forged, bool atModuleLevel)
    {
        var write = $"os.write(RESULTS, b'{forged}\\n')";
        var code = atModuleLevel
            ? Channel + write + "\ndef double(x):\n    return x * 2\n"
            : Channel + "def double(x):\n    " + write + "\n    return x * 2\n";
        var run = await Grade(code);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Null(run.MissingLibrary);
        Assert.Null(run.Error);
        Assert.All(run.Cases, c => Assert.Contains("the results channel was written to by the submission", c.Error));
    }

    [Fact]
    public async Task Flooding_the_channel_with_millions_of_records_is_stopped_at_the_first_out_of_order()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        // Five million records of the right shape, 200 MB: past the first, each is a duplicate.
        var run = await Grade(Channel + """
            def double(x):
                chunk = b'{"t":"case","i":0,"ok":true,"value":2}\n' * 50000
                for _ in range(100):
                    os.write(RESULTS, chunk)
                return x * 2
            """);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.All(run.Cases.Skip(1), c => Assert.Contains("the results channel was written to by the submission", c.Error));
        // Parsing and keeping the records would take hundreds of megabytes (64 MB of them fit the byte cap).
        Assert.True(allocated < 16 * 1024 * 1024, $"the host allocated {allocated / 1024 / 1024} MB during the run");
    }

    [Fact]
    public async Task Flooding_the_channel_of_a_job_without_an_order_stops_at_the_record_cap()
    {
        var job = new JsonObject
        {
            ["mode"] = "script",
            ["code"] = Channel + "chunk = b'{\"t\":\"x\"}\\n' * 100000\nfor _ in range(100):\n    os.write(RESULTS, chunk)\n",
        };
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = await sandbox.Runner.RunAsync(new RunRequest(job, Short));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(Termination.OutputLimit, outcome.Termination);
        Assert.True(outcome.Records.Count <= RunRequest.DefaultMaxRecords, $"{outcome.Records.Count} records kept");
        Assert.Null(outcome.Find("script"));
        Assert.True(allocated < 48 * 1024 * 1024, $"the host allocated {allocated / 1024 / 1024} MB during the run");
    }

    [Theory]
    [InlineData("")]
    // The harness's own clocks zeroed too: only the host's stamps are left to see the spin.
    [InlineData("import sys\nharness = sys.modules['__main__']\nharness._clock = harness._process_cpu = lambda: 0\n")]
    public async Task Spinning_three_times_the_case_limit_with_the_timer_disarmed_exceeds_the_time_limit(string patch)
    {
        var run = await Grade(patch + """
            import signal, time
            signal.signal(signal.SIGPROF, signal.SIG_IGN)
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            def double(x):
                if x == 1:
                    end = time.process_time() + 1.5
                    while time.process_time() < end:
                        pass
                return x * 2
            """);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[0].Status);
        Assert.Contains("measured outside the sandbox", run.Cases[0].Error);
        Assert.Null(run.Cases[0].Actual);
        Assert.True(run.Cases[0].TimeMs >= 1400, $"case one reported {run.Cases[0].TimeMs} ms");
        Assert.True(run.Cases[1].Passed);
        Assert.True(run.Cases[2].Passed);
    }

    [Theory]
    // The harness's sends go through these; either way nothing it sends reaches the host.
    [InlineData("harness._write = lambda fd, data: len(data)")]
    [InlineData("harness.send = lambda record: None")]
    public async Task Dropping_the_harness_records_is_a_failure_never_accepted(string patch)
    {
        var code = "import posix, sys\nharness = sys.modules['__main__']\n" +
                   "posix.write = lambda fd, data: len(data)\n" +
                   "def double(x):\n    " + patch + "\n    return x * 2\n";
        var run = await Grade(code);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Equal(0, run.Passed);
        Assert.All(run.Cases, c => Assert.Contains("no answer", c.Error));

        var atLoad = await Grade("import sys\nharness = sys.modules['__main__']\n" + patch + "\ndef double(x):\n    return x * 2\n");
        Assert.Equal(Verdict.RuntimeError, atLoad.Verdict);
        Assert.Equal("the program ended before it loaded", atLoad.Error);
    }

    [Fact]
    public async Task Swallowing_sigxcpu_in_a_handler_still_ends_at_the_cpu_limit()
    {
        var run = await Grade("""
            import signal
            for s in (signal.SIGXCPU, signal.SIGPROF, signal.SIGALRM):
                signal.signal(s, lambda signum, frame: None)
            def double(x):
                if x == 1:
                    while True:
                        pass
                return x * 2
            """, new ResourceLimits { CaseSeconds = 0.5, CpuSeconds = 2, WallSeconds = 30 });
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[0].Status);
        // The run ends at its CPU limit, and a run stopped for time is not restarted (Grader).
        Assert.All(run.Cases.Skip(1), c => Assert.StartsWith("not run", c.Error));
    }

    [Fact]
    public async Task Swallowing_the_timers_in_handlers_and_spinning_past_the_case_limit_exceeds_it()
    {
        var run = await Grade("""
            import signal, time
            for s in (signal.SIGXCPU, signal.SIGPROF, signal.SIGALRM):
                signal.signal(s, lambda signum, frame: None)
            def double(x):
                if x == 2:
                    end = time.process_time() + 1.5
                    while time.process_time() < end:
                        pass
                return x * 2
            """);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.True(run.Cases[0].Passed);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[1].Status);
        Assert.Contains("measured outside the sandbox", run.Cases[1].Error);
        Assert.True(run.Cases[2].Passed);
    }
}
