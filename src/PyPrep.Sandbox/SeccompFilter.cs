using System.Runtime.InteropServices;

namespace PyPrep.Sandbox;

/// <summary>
/// A classic-BPF seccomp program for bubblewrap's <c>--seccomp</c>: system calls a computation never
/// needs (tracing, keyrings, BPF, io_uring, namespaces, mounts, kernel modules) fail with EPERM;
/// setsid is refused too: a new session is a new scheduler autogroup, which would let a fork bomb
/// escape its fair share of the CPU; any other architecture's calls (x32) are refused; everything else is allowed.
/// </summary>
internal static class SeccompFilter
{
    private const uint AuditArchX8664 = 0xc000003e;
    private const uint RetAllow = 0x7fff0000;
    private const uint RetErrno = 0x00050000;
    private const uint RetKillProcess = 0x80000000;
    private const ushort LdWAbs = 0x20, JeqK = 0x15, JgeK = 0x35, RetK = 0x06;
    private const uint Eperm = 1, Enosys = 38;

    /// <summary>x86_64 numbers of the refused calls.</summary>
    public static readonly IReadOnlyDictionary<string, uint> Refused = new Dictionary<string, uint>
    {
        ["ptrace"] = 101, ["syslog"] = 103, ["setsid"] = 112, ["personality"] = 135, ["vhangup"] = 153, ["pivot_root"] = 155,
        ["chroot"] = 161, ["acct"] = 163, ["mount"] = 165, ["umount2"] = 166, ["swapon"] = 167, ["swapoff"] = 168,
        ["reboot"] = 169, ["init_module"] = 175, ["delete_module"] = 176, ["quotactl"] = 179, ["lookup_dcookie"] = 212,
        ["kexec_load"] = 246, ["add_key"] = 248, ["request_key"] = 249, ["keyctl"] = 250, ["unshare"] = 272,
        ["perf_event_open"] = 298, ["fanotify_init"] = 300, ["name_to_handle_at"] = 303, ["open_by_handle_at"] = 304,
        ["setns"] = 308, ["process_vm_readv"] = 310, ["process_vm_writev"] = 311, ["finit_module"] = 313,
        ["kexec_file_load"] = 320, ["bpf"] = 321, ["userfaultfd"] = 323, ["io_uring_setup"] = 425,
        ["io_uring_enter"] = 426, ["io_uring_register"] = 427, ["open_tree"] = 428, ["move_mount"] = 429,
        ["fsopen"] = 430, ["fsconfig"] = 431, ["fsmount"] = 432, ["fspick"] = 433, ["mount_setattr"] = 442,
    };

    /// <summary>clone3 passes its flags in memory a filter cannot read; ENOSYS makes libc fall back to clone.</summary>
    private const uint Clone3 = 435;

    public static bool Supported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>The program as the bytes of <c>struct sock_filter[]</c> (little-endian).</summary>
    public static byte[] Build()
    {
        var refused = Refused.Values.Order().ToList();
        var allowIndex = 5 + refused.Count;
        var errnoIndex = allowIndex + 1;
        var enosysIndex = allowIndex + 2;
        var killIndex = allowIndex + 3;
        var program = new List<(ushort Code, byte Jt, byte Jf, uint K)>
        {
            (LdWAbs, 0, 0, 4),                                           // load seccomp_data.arch
            (JeqK, 0, (byte)(killIndex - 2), AuditArchX8664),
            (LdWAbs, 0, 0, 0),                                           // load seccomp_data.nr
            (JgeK, (byte)(errnoIndex - 4), 0, 0x40000000),               // the x32 ABI
            (JeqK, (byte)(enosysIndex - 5), 0, Clone3),
        };
        for (var i = 0; i < refused.Count; i++)
            program.Add((JeqK, (byte)(errnoIndex - (5 + i) - 1), 0, refused[i]));
        program.Add((RetK, 0, 0, RetAllow));
        program.Add((RetK, 0, 0, RetErrno | Eperm));
        program.Add((RetK, 0, 0, RetErrno | Enosys));
        program.Add((RetK, 0, 0, RetKillProcess));

        var bytes = new byte[program.Count * 8];
        for (var i = 0; i < program.Count; i++)
        {
            var (code, jt, jf, k) = program[i];
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), code);
            bytes[i * 8 + 2] = jt;
            bytes[i * 8 + 3] = jf;
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8 + 4), k);
        }
        return bytes;
    }

    /// <summary>Writes the program once per process into a private (0700) host folder no sandbox can see.</summary>
    public static string WriteToPrivateFile()
    {
        var folder = Directory.CreateTempSubdirectory("pyprep-seccomp-").FullName;
        var path = Path.Combine(folder, "filter.bpf");
        File.WriteAllBytes(path, Build());
        return path;
    }
}
