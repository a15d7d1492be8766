namespace PyPrep.Core.Grading;

/// <summary>
/// The per-case time limit as the host enforces it, from its own stamps on the records (DESIGN.md
/// decision 3), whatever the harness reported. The harness's timers run inside the candidate's
/// process, which can disarm them (<c>signal.signal(signal.SIGPROF, signal.SIG_IGN)</c>); the
/// host's stamps cannot be touched: its clock, and the sandbox's CPU time (its cgroup's count, else
/// the interpreter's from <c>/proc</c>) as each record arrives. The harness's own CPU count for the
/// call (<c>cpu_ns</c>) counts too: the larger of the two is held to the limit, so a forged low count hides nothing.
/// <para>
/// The host sees a case as the stretch between the record before it and its own, which holds more
/// than the call the harness times: decoding the inputs (under its own timer of the same limit),
/// encoding the answer, and a stamp taken late when the host was slow to read (which moves some of
/// the next case's CPU time into this one). So the host's limit sits well past the harness's, and
/// only code that got past the harness's timer reaches it: an honest case near its limit on a busy
/// machine must never flip.
/// </para>
/// <list type="bullet">
/// <item>CPU: 1.5 × the limit + 0.25 s. CPU time, unlike wall time, does not grow with the machine's
/// load; half the limit again covers decoding and encoding (a few tens of milliseconds for the
/// bank's largest inputs) and a late stamp, and the constant covers short limits.</item>
/// <item>Wall clock: twice the harness's wall-clock backstop (3 × the limit + 1 s, for the inputs
/// and again for the call) + 1 s. It catches code that waits rather than computes (sleeping, or
/// handing the work to a forked process whose CPU time is not the interpreter's).</item>
/// </list>
/// <para>
/// What stays possible: a submission that takes over the results channel (suppresses the harness's
/// records and writes its own, in order) can move time between its own cases, reporting early the
/// answers it computed in one stretch. It cannot report a case faster than the host saw it, nor
/// exceed this limit in any one stretch between records; in all, the interpreter's CPU time stays
/// under the run's CPU limit, which the kernel enforces (RLIMIT_CPU), and the run under its
/// wall-clock limit, which the host enforces.
/// </para>
/// </summary>
internal static class HostCaseLimit
{
    public static double CpuMs(double caseSeconds) => 1500 * caseSeconds + 250;

    public static double WallMs(double caseSeconds) => 2000 * (3 * caseSeconds + 1) + 1000;

    /// <summary>Why a case the host measured is over its limit, or null when it is not.</summary>
    public static string? Exceeded(double caseSeconds, double wallMs, double? cpuMs)
    {
        if (cpuMs is { } cpu && cpu > CpuMs(caseSeconds))
            return $"time limit exceeded: the case used {cpu / 1000:0.00} s of CPU time, measured outside the sandbox (limit {caseSeconds:0.###} s)";
        if (wallMs > WallMs(caseSeconds))
            return $"time limit exceeded: the case took {wallMs / 1000:0.00} s, measured outside the sandbox (limit {caseSeconds:0.###} s of CPU time)";
        return null;
    }
}
