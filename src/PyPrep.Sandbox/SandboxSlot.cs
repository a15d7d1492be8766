using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Sandbox;

/// <summary>
/// One single-use sandbox: started ahead of time with the harness loaded, given one job, then
/// thrown away. Reads the results channel and the raw output with byte caps, stamps every record
/// with the host clock, and kills the whole process tree at the wall-clock limit. With a cgroup it
/// also holds every process of the run to one memory and one CPU budget, and tells an OOM kill or a
/// self-inflicted SIGKILL from a time limit.
/// </summary>
internal sealed class SandboxSlot : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);

    private readonly Process process;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<HarnessRecord> records = [];
    private readonly MemoryStream output = new();
    private readonly object gate = new();
    private readonly long resultsCap;
    private const int MaxLineBytes = 4 * 1024 * 1024;
    private readonly Action? onDispose;
    private readonly SlotCgroup? cgroup;
    private Task pumps = Task.CompletedTask;
    private double jobSentMs = double.NaN;
    private int? interpreterPid;
    private double jobSentCpuMs = double.NaN;
    private Action<HarnessRecord>? onRecord;
    private IRecordOrder? order;
    private int maxRecords = RunRequest.DefaultMaxRecords;
    private int lines;
    private double? chunkCpu;
    private bool chunkCpuRead;
    private long outputCap = 64 * 1024;
    private bool outputExceeded;
    private bool killedByHost;
    private Termination? cgroupLimit;

    private SandboxSlot(Process process, long resultsCap, SlotCgroup? cgroup, Action? onDispose)
    {
        this.process = process;
        this.resultsCap = resultsCap;
        this.cgroup = cgroup;
        this.onDispose = onDispose;
    }

    public LaunchProfile? Profile { get; private init; }

    public bool IsAlive
    {
        get { try { return !process.HasExited; } catch (InvalidOperationException) { return false; } }
    }

    public static async Task<SandboxSlot> StartAsync(SandboxOptions options, LaunchProfile profile, string harnessDirectory,
        int? uid, string? seccompFile, SlotCgroup? cgroup, Action? onDispose, CancellationToken cancellationToken)
    {
        var (file, args) = SandboxCommand.Build(options, profile, harnessDirectory, uid, seccompFile, cgroup?.ProcsFiles);
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Clear(); // env -i: nothing of the host's environment reaches the sandbox
        var process = new Process { StartInfo = info };
        try
        {
            await LauncherThread.StartAsync(process);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            if (cgroup is not null) await cgroup.RemoveAsync();
            onDispose?.Invoke();
            throw new SandboxUnavailableException($"cannot start the sandbox ({file}): {e.Message}");
        }
        var slot = new SandboxSlot(process, options.ResultsMb * 1024L * 1024, cgroup, onDispose) { Profile = profile };
        slot.pumps = Task.WhenAll(slot.PumpResultsAsync(), slot.PumpOutputAsync());
        _ = slot.pumps.ContinueWith(_ => slot.ready.TrySetException(new InvalidOperationException("exited before ready")), TaskScheduler.Default);
        try
        {
            await slot.ready.Task.WaitAsync(ReadyTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            var detail = slot.OutputText().Trim();
            if (detail.Length == 0 && slot.process.HasExited) detail = $"it exited with code {slot.process.ExitCode} and printed nothing";
            await slot.DisposeAsync();
            throw new SandboxUnavailableException(
                "the sandbox did not start" + (detail.Length > 0 ? $": {detail}" : "") +
                ". Check that bubblewrap can create user namespaces here (sysctl kernel.unprivileged_userns_clone=1).");
        }
        catch
        {
            await slot.DisposeAsync();
            throw;
        }
        return slot;
    }

    /// <summary>Sends the job, waits for the run to end (or kills it at the wall limit) and reports.</summary>
    public async Task<RunOutcome> RunAsync(ReadOnlyMemory<byte> job, RunRequest request, CancellationToken cancellationToken)
    {
        var limits = request.Limits;
        if (request.Background) Deprioritise();
        lock (gate)
        {
            onRecord = request.OnRecord;
            order = request.Order?.Invoke();
            maxRecords = request.MaxRecords;
            outputCap = limits.OutputKb * 1024L;
            jobSentMs = clock.Elapsed.TotalMilliseconds;
            jobSentCpuMs = CpuMs() ?? double.NaN;
        }
        var wallLimit = false;
        using var watching = new CancellationTokenSource();
        if (cgroup is not null) _ = WatchCgroupAsync(cgroup, watching.Token);
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(job, cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process died before taking the job; the outcome below reports how.
        }

        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            deadline.CancelAfter(TimeSpan.FromSeconds(limits.WallSeconds));
            try
            {
                // The harness's "done" record means every answer is in; don't wait for the namespace
                // to be torn down before judging (the slot is disposed of in the background).
                await Task.WhenAny(done.Task, process.WaitForExitAsync(deadline.Token)).Unwrap();
                if (request.WaitForExit && !process.HasExited) await process.WaitForExitAsync(deadline.Token).WaitAsync(TimeSpan.FromMilliseconds(20), deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (OperationCanceledException)
            {
                wallLimit = !cancellationToken.IsCancellationRequested;
                Kill();
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        await watching.CancelAsync();
        var oomKilled = cgroup?.OomKills() > 0;
        var finished = done.Task.IsCompleted;
        // The pid namespace dies with its first process, so the pipes close promptly.
        if (!finished) await pumps.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        var elapsed = clock.Elapsed.TotalMilliseconds - jobSentMs;

        lock (gate)
        {
            return new RunOutcome
            {
                Records = records.ToList(),
                Output = OutputText(),
                Termination = finished && !outputExceeded && !oomKilled ? Termination.Exited : Classify(wallLimit, oomKilled),
                ExitCode = process.HasExited ? process.ExitCode : 0,
                ElapsedMs = elapsed,
            };
        }
    }

    private Termination Classify(bool wallLimit, bool oomKilled)
    {
        if (outputExceeded) return Termination.OutputLimit;
        // The kernel's own records, which nothing in the sandbox can write: an OOM kill in the
        // sandbox's cgroup, or the host's watch stopping the run at the cgroup's limits.
        if (cgroupLimit is { } limit) return limit;
        if (oomKilled) return Termination.MemoryLimit;
        if (wallLimit) return Termination.WallLimit;
        var code = process.ExitCode;
        // bubblewrap exits with 128 + the signal that killed its child.
        if (code == 128 + 24) return Termination.CpuLimit; // SIGXCPU at the soft limit
        if (code == 128 + 9 && !killedByHost)
        {
            // A SIGKILL the host did not send: the hard CPU rlimit, or the candidate's code killing
            // itself. The cgroup's CPU count tells them apart; without one, assume the limit.
            return cgroup?.CpuSeconds() is { } used && used < Profile!.CpuSeconds ? Termination.Crashed : Termination.CpuLimit;
        }
        // Without a cgroup, or when RLIMIT_AS (not the cgroup) refused memory, the interpreter's own
        // report is all there is; faking it only turns one failure into another.
        var text = OutputText();
        if (code > 128 && (text.Contains("MemoryError", StringComparison.Ordinal) || text.Contains("Cannot allocate memory", StringComparison.Ordinal)))
            return Termination.MemoryLimit;
        return code > 128 ? Termination.Crashed : Termination.Exited;
    }

    /// <summary>
    /// Reads the results channel on a thread of its own, blocked in read(2) until the harness
    /// writes. The host's stamps on a record (its clock, the sandbox's CPU time) are only as
    /// good as how soon the record is read: a pump waiting its turn on a busy thread pool was seen
    /// to stamp all of a run's cases at once, most of a second late, and a case whose record also
    /// carries a forged "ns" would then report almost no time. An idle sandbox's thread only waits.
    /// </summary>
    private Task PumpResultsAsync() =>
        Task.Factory.StartNew(PumpResults, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void PumpResults()
    {
        var stream = process.StandardOutput.BaseStream;
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var at = clock.Elapsed.TotalMilliseconds;
            chunkCpuRead = false;
            total += read;
            if (total > resultsCap)
            {
                lock (gate) outputExceeded = true;
                Kill();
                break;
            }
            var start = 0;
            var reading = true;
            for (var i = 0; i < read && reading; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                reading = Fits(line, i - start);
                if (!reading) break;
                line.Write(buffer, start, i - start);
                reading = Accept(line.ToArray(), at);
                line.SetLength(0);
                start = i + 1;
            }
            if (reading) reading = Fits(line, read - start);
            // The run was killed: nothing more it sends is read, let alone parsed.
            if (!reading) break;
            line.Write(buffer, start, read - start);
        }
    }

    /// <summary>
    /// Whether a record line may grow by <paramref name="more"/> bytes. The largest honest record
    /// (rotate-matrix's in-place 400×400 answer) is over 1 MB; a line without end would otherwise grow the
    /// host's buffer up to the channel's whole cap. Past the bound the run is killed as too much output.
    /// </summary>
    private bool Fits(MemoryStream line, int more)
    {
        if (line.Length + more <= MaxLineBytes) return true;
        lock (gate) outputExceeded = true;
        Kill();
        return false;
    }

    /// <summary>
    /// Takes one line of the results channel. False when the host stops reading: the run sent more
    /// lines than the request allows, or a record out of the request's order (written by the
    /// submission, which shares the harness's process); the sandbox is killed then.
    /// </summary>
    private bool Accept(byte[] line, double at)
    {
        var (name, body) = Parse(line);
        if (name == "ready" && !ready.Task.IsCompleted)
        {
            interpreterPid = ProcessCpu.FindInterpreter(process.Id);
            ready.TrySetResult();
            return true;
        }
        lock (gate)
        {
            if (double.IsNaN(jobSentMs)) return true;
            // Every line costs the host a parse, record or not; past the cap, none is read.
            if (++lines > maxRecords)
            {
                outputExceeded = true;
                Kill();
                return false;
            }
            // Not a record; whatever wrote it gains nothing, unless the job's records have an order to keep.
            if (name is null && order is null) return true;
        }
        if (!chunkCpuRead)
        {
            // Read once per chunk, like the clock: records that arrived together share both stamps,
            // and a chunk of many small records (a batched ast job) costs one read, not one each.
            chunkCpu = CpuMs();
            chunkCpuRead = true;
        }
        var cpu = chunkCpu;
        HarnessRecord record;
        Action<HarnessRecord>? listener;
        bool inOrder;
        lock (gate)
        {
            var cpuMs = cpu - jobSentCpuMs;
            record = new HarnessRecord(name ?? HarnessRecord.Unreadable, body, at - jobSentMs, cpuMs is { } used && double.IsFinite(used) ? used : null);
            // The record out of order is kept, as the last, so the caller sees where order broke.
            inOrder = order?.Accept(record) ?? true;
            records.Add(record);
            listener = onRecord;
        }
        if (!inOrder)
        {
            Kill();
            return false;
        }
        // Outside the lock and in arrival order (this pump is the only caller), so records are
        // offered in the order the outcome lists them.
        listener?.Invoke(record);
        if (name == "done") done.TrySetResult();
        return true;
    }

    /// <summary>
    /// The CPU milliseconds the sandbox has used so far, for the records' stamps. The cgroup's count
    /// comes first: it includes forked children, and it outlives the interpreter. Once the
    /// interpreter has exited and been reaped, its own count is gone: a chunk read a moment late,
    /// after a run's last records (seen on a busy machine), had no CPU stamp at all, and a case that
    /// had spun three times its limit with the timer disarmed was accepted.
    /// </summary>
    private double? CpuMs() =>
        cgroup?.CpuSeconds() * 1000 ?? (interpreterPid is { } pid ? ProcessCpu.Milliseconds(pid) : null);

    /// <summary>A line's type and body; no type when it is not a JSON object with a string "t".</summary>
    private static (string? Name, JsonElement Body) Parse(byte[] line)
    {
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 512 });
            var body = document.RootElement;
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("t", out var type) || type.ValueKind != JsonValueKind.String) return (null, default);
            return (type.GetString()!, body.Clone());
        }
        catch (JsonException)
        {
            return (null, default);
        }
    }

    private async Task PumpOutputAsync()
    {
        var stream = process.StandardError.BaseStream;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            bool exceeded;
            lock (gate)
            {
                var room = (int)Math.Max(0, Math.Min(read, outputCap - output.Length));
                output.Write(buffer, 0, room);
                exceeded = room < read;
                if (exceeded) outputExceeded = true;
            }
            if (exceeded)
            {
                Kill();
                break;
            }
        }
    }

    private string OutputText()
    {
        lock (gate) return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>
    /// Nice 19 for the waiting interpreter, before the job (and so any thread it starts) runs: it
    /// then gets a core only when grading leaves one idle. Its samples are CPU time, so being made
    /// to wait does not distort them.
    /// </summary>
    private void Deprioritise()
    {
        if (interpreterPid is not { } pid) return;
        try
        {
            using var interpreter = Process.GetProcessById(pid);
            interpreter.PriorityClass = ProcessPriorityClass.Idle;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Gone already, or not ours to change: the run reports what happened to it.
        }
    }

    /// <summary>
    /// Kills the launcher, which is bubblewrap itself (the wrappers exec into it): its child, pid 1
    /// of the sandbox's pid namespace, dies with it (--die-with-parent), and the kernel kills every
    /// process left in a namespace whose pid 1 dies. With a cgroup, every process in it gets
    /// SIGKILL too (the cgroup holds exactly the sandbox's processes, so no walk of /proc is needed).
    /// </summary>
    private void Kill()
    {
        killedByHost = true;
        try { process.Kill(); }
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
        cgroup?.Kill();
    }

    /// <summary>
    /// Polls the cgroup while a job runs: the first OOM kill stops the whole run (v2's
    /// memory.oom.group does that in the kernel; v1 has no such switch), and so does CPU summed over
    /// every process passing the hard limit, so forked children share one CPU budget. Two small
    /// reads every 50 ms.
    /// </summary>
    private async Task WatchCgroupAsync(SlotCgroup slotCgroup, CancellationToken token)
    {
        var cpuLimit = Profile!.CpuSeconds + 1;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            // Also ends with the process, should the run end by an exception that skips the cancel.
            while (await timer.WaitForNextTickAsync(token) && IsAlive)
            {
                Termination? hit = slotCgroup.OomKills() > 0 ? Termination.MemoryLimit
                    : slotCgroup.CpuSeconds() > cpuLimit ? Termination.CpuLimit : null;
                if (hit is null) continue;
                lock (gate) cgroupLimit ??= hit;
                Kill();
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended first.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (IsAlive)
        {
            Kill();
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        process.Dispose();
        // Before the uid goes back to the pool: nothing of this run outlives its cgroup.
        if (cgroup is not null) await cgroup.RemoveAsync();
        onDispose?.Invoke();
    }
}
