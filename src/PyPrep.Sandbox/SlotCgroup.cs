using System.Globalization;
using System.Runtime.InteropServices;

namespace PyPrep.Sandbox;

/// <summary>
/// One sandbox's cgroup (one folder in v2; one in each of the memory, pids and cpuacct
/// hierarchies in v1): the aggregate memory and process limits of everything the sandbox starts,
/// its total CPU, its OOM kills, and a kill of every process in it. The sandbox's launcher shell
/// joins it before anything forks (<see cref="SandboxCommand"/>).
/// </summary>
internal sealed class SlotCgroup
{
    private const int SigKill = 9;
    private readonly CgroupVersion version;
    private readonly string memory;
    private readonly string pids;
    private readonly string? cpu;
    private readonly string[] folders;
    private readonly object gate = new();
    private Task? removal;

    private SlotCgroup(CgroupVersion version, string memory, string pids, string? cpu)
    {
        this.version = version;
        this.memory = memory;
        this.pids = pids;
        this.cpu = cpu;
        folders = new[] { memory, pids, cpu }.OfType<string>().Distinct().ToArray();
        ProcsFiles = folders.Select(f => Path.Combine(f, "cgroup.procs")).ToArray();
    }

    /// <summary>The cgroup.procs files the launcher writes its pid to (one per v1 hierarchy).</summary>
    public IReadOnlyList<string> ProcsFiles { get; }

    /// <summary>The folder holding pids.max and cgroup.procs.</summary>
    public string PidsFolder => pids;

    public static SlotCgroup Create(CgroupVersion version, string memoryParent, string pidsParent, string? cpuParent,
        string name, long memoryBytes, int maxProcesses)
    {
        var slot = Attach(version, memoryParent, pidsParent, cpuParent, name);
        var bytes = memoryBytes.ToString(CultureInfo.InvariantCulture);
        try
        {
            foreach (var folder in slot.folders) Directory.CreateDirectory(folder);
            if (version == CgroupVersion.V2)
            {
                Write(slot.memory, "memory.max", bytes);
                WriteIfPresent(slot.memory, "memory.swap.max", "0");
                // The kernel kills the whole sandbox, not just its largest process, when it runs out.
                WriteIfPresent(slot.memory, "memory.oom.group", "1");
            }
            else
            {
                Write(slot.memory, "memory.limit_in_bytes", bytes);
                // memory+swap, when swap accounting is on; it may not be below the memory limit, so it comes second.
                WriteIfPresent(slot.memory, "memory.memsw.limit_in_bytes", bytes);
            }
            Write(slot.pids, "pids.max", maxProcesses.ToString(CultureInfo.InvariantCulture));
        }
        catch
        {
            slot.TryRemoveFolders();
            throw;
        }
        return slot;
    }

    /// <summary>An existing sandbox cgroup (to remove one a slot left behind).</summary>
    public static SlotCgroup Attach(CgroupVersion version, string memoryParent, string pidsParent, string? cpuParent, string name) =>
        new(version, Path.Combine(memoryParent, name), Path.Combine(pidsParent, name), cpuParent is null ? null : Path.Combine(cpuParent, name));

    /// <summary>How many processes the kernel's OOM killer has killed in this cgroup.</summary>
    public long OomKills()
    {
        // v2: memory.events "oom_kill N"; v1: memory.oom_control "oom_kill N" (kernel 4.13+).
        var text = Read(Path.Combine(memory, version == CgroupVersion.V2 ? "memory.events" : "memory.oom_control"));
        return Field(text, "oom_kill") ?? 0;
    }

    /// <summary>CPU seconds used by every process the sandbox has run, children included; null when not accounted.</summary>
    public double? CpuSeconds()
    {
        if (version == CgroupVersion.V2) return Field(Read(Path.Combine(memory, "cpu.stat")), "usage_usec") / 1e6;
        if (cpu is null) return null;
        var text = Read(Path.Combine(cpu, "cpuacct.usage"))?.Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ns) ? ns / 1e9 : null;
    }

    /// <summary>SIGKILL to every process in the cgroup (v2's cgroup.kill does that in the kernel, forks in flight included).</summary>
    public void Kill()
    {
        if (version == CgroupVersion.V2 && File.Exists(Path.Combine(pids, "cgroup.kill")))
        {
            try { File.WriteAllText(Path.Combine(pids, "cgroup.kill"), "1"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            return;
        }
        foreach (var line in (Read(Path.Combine(pids, "cgroup.procs")) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) _ = kill(pid, SigKill);
        }
    }

    /// <summary>
    /// Kills what is left and removes the folders, repeating while processes are still exiting
    /// (on v1 a fork may land between reading cgroup.procs and the kill). Idempotent.
    /// </summary>
    public Task RemoveAsync()
    {
        lock (gate) return removal ??= RemoveOnceAsync();
    }

    private async Task RemoveOnceAsync()
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            Kill();
            if (TryRemoveFolders()) return;
            await Task.Delay(10);
        }
    }

    private bool TryRemoveFolders()
    {
        var removed = true;
        foreach (var folder in folders)
        {
            try { Directory.Delete(folder); }
            catch (DirectoryNotFoundException) { }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { removed = false; }
        }
        return removed;
    }

    private static void Write(string folder, string file, string value) => File.WriteAllText(Path.Combine(folder, file), value);

    private static void WriteIfPresent(string folder, string file, string value)
    {
        if (File.Exists(Path.Combine(folder, file))) Write(folder, file, value);
    }

    private static string? Read(string path)
    {
        try { return File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The number after "name " on its own line of a flat-keyed cgroup file.</summary>
    private static long? Field(string? text, string name)
    {
        if (text is null) return null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > name.Length && line.StartsWith(name, StringComparison.Ordinal) && line[name.Length] == ' ' &&
                long.TryParse(line.AsSpan(name.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return value;
        }
        return null;
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // a plain int call: DllImport needs no generated marshalling or unsafe code
    private static extern int kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
