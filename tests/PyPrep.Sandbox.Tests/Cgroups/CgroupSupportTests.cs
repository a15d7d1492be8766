namespace PyPrep.Sandbox.Tests.Cgroups;

/// <summary>
/// Which mechanism is chosen, and the reason logged when one is not, read from this process's own
/// cgroups. Runs against fake /proc files and folders, so every kind of host is covered here.
/// </summary>
public sealed class CgroupSupportTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pyprep-cgroup-test-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private CgroupHost Detect(string membership, params string[] mounts)
    {
        File.WriteAllText(Path.Combine(root, "cgroup"), membership);
        File.WriteAllText(Path.Combine(root, "mountinfo"), string.Join('\n', mounts.Select((m, i) => $"{30 + i} 25 0:{30 + i} {m}")) + "\n");
        return CgroupSupport.Detect(Path.Combine(root, "cgroup"), Path.Combine(root, "mountinfo"));
    }

    private string Folder(string path, params (string File, string Text)[] files)
    {
        var folder = Path.Combine(root, path);
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(folder, file), text);
        return folder;
    }

    [Fact]
    public void A_hybrid_host_uses_v1_under_our_own_memory_cgroup_and_says_why_not_v2()
    {
        Folder("unified", ("cgroup.controllers", "hugetlb\n"));
        Folder("memory/process_api/abc");
        Folder("pids");
        Folder("cpuacct");
        var host = Detect("8:pids:/\n4:memory:/process_api/abc\n2:cpuacct:/\n0::/\n",
            $"/ {root}/unified rw - cgroup2 cgroup2 rw",
            $"/ {root}/memory rw - cgroup cgroup rw,memory",
            $"/ {root}/pids rw - cgroup cgroup rw,pids",
            $"/ {root}/cpuacct rw - cgroup cgroup rw,cpuacct");

        Assert.Equal(CgroupVersion.V1, host.Version);
        Assert.Equal(Path.Combine(root, "memory/process_api/abc/pyprep"), host.MemoryParent);
        Assert.Equal(Path.Combine(root, "pids/pyprep"), host.PidsParent);
        Assert.Equal(Path.Combine(root, "cpuacct/pyprep"), host.CpuParent);
        Assert.Equal($"our cgroup {root}/unified is not given the memory and pids controllers (it has: hugetlb)", host.Reason);
    }

    [Fact]
    public void A_v1_pyprep_folder_that_exists_but_takes_no_new_cgroups_is_not_used()
    {
        // As an ordinary user beside root's PyPrep, the folder is there but closed. Root passes any
        // permission check, so the test points it at a folder that refuses everyone a new folder: /proc.
        Folder("memory/own");
        Directory.CreateSymbolicLink(Path.Combine(root, "memory/own/pyprep"), "/proc/self");
        var host = Detect("4:memory:/own\n0::/\n", $"/ {root}/memory rw - cgroup cgroup rw,memory");

        Assert.Equal(CgroupVersion.None, host.Version);
        Assert.Contains($"cgroup v1: cannot create cgroups in {root}/memory/own/pyprep", host.Reason);
    }

    [Fact]
    public void A_delegated_v2_cgroup_is_used_with_a_pyprep_folder_passing_memory_and_pids_on()
    {
        Folder("v2/svc", ("cgroup.controllers", "cpu memory pids\n"), ("cgroup.subtree_control", "memory pids\n"));
        var host = Detect("0::/svc\n", $"/ {root}/v2 rw - cgroup2 cgroup2 rw");

        Assert.Equal(CgroupVersion.V2, host.Version);
        Assert.Equal(Path.Combine(root, "v2/svc/pyprep"), host.MemoryParent);
        Assert.Equal("+memory +pids", File.ReadAllText(Path.Combine(root, "v2/svc/pyprep/cgroup.subtree_control")));
    }

    [Fact]
    public void Our_own_v2_cgroup_is_read_not_the_roots()
    {
        // The root offers memory and pids; our cgroup below it is not given them.
        Folder("v2", ("cgroup.controllers", "cpu memory pids\n"));
        Folder("v2/user/session", ("cgroup.controllers", "cpu\n"));
        var host = Detect("0::/user/session\n", $"/ {root}/v2 rw - cgroup2 cgroup2 rw");

        Assert.Equal(CgroupVersion.None, host.Version);
        Assert.Equal($"cgroup v2: our cgroup {root}/v2/user/session is not given the memory and pids controllers (it has: cpu); " +
                     "cgroup v1: no memory hierarchy is mounted", host.Reason);
    }

    [Fact]
    public void No_cgroup_hierarchy_at_all_is_said_plainly()
    {
        var host = Detect("0::/\n");
        Assert.Equal(CgroupVersion.None, host.Version);
        Assert.Equal("cgroup v2: no cgroup2 hierarchy is mounted; cgroup v1: no memory hierarchy is mounted", host.Reason);
        Assert.Null(host.CreateSlot(1 << 30, 64));
    }
}
