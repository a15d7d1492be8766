using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>Attacks on the network, other processes and the kernel.</summary>
[Collection(SandboxCollection.Name)]
public sealed class IsolationAttackTests(SandboxFixture sandbox)
{
    private async Task<string> Observe(string body)
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Probe(), "import os, errno, socket\n" + body);
        Assert.True(run.Cases[0].Actual is PyStr, run.Cases[0].Error);
        return ((PyStr)run.Cases[0].Actual!).Value;
    }

    [Fact]
    public async Task The_servers_own_port_and_name_resolution_are_unreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var observed = await Observe($$"""
            def probe(x):
                out = []
                try:
                    socket.create_connection(('127.0.0.1', {{port}}), timeout=1).close()
                    out.append('connected')
                except OSError as e:
                    out.append(type(e).__name__)
                try:
                    socket.getaddrinfo('example.com', 80)
                    out.append('resolved')
                except OSError as e:
                    out.append(type(e).__name__)
                return ' '.join(out)
            """);
        Assert.DoesNotContain("connected", observed);
        Assert.DoesNotContain("resolved", observed);
        Assert.False(listener.Pending(), "the host listener saw a connection");
    }

    /// <summary>
    /// Bystanders that kill(-1) would reach if the pid namespace did not hide them: as root, a
    /// process under every uid the attacking sandbox can be given (a small private range), since a
    /// process may signal any other of its uid; as an ordinary user, sandboxes and this test share
    /// one uid, so a child of the test, and a sandbox grading beside the attack, are such bystanders.
    /// </summary>
    [Fact]
    public async Task Killing_every_process_reaches_nothing_outside_the_sandbox()
    {
        const int firstUid = 63900, uidCount = 4;
        await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1, FirstUid = firstUid, UidCount = uidCount });
        var grader = new Grader(new BubblewrapRunner(pool));
        var bystanders = Environment.IsPrivilegedProcess
            ? Enumerable.Range(firstUid, uidCount).Select(uid => Start("/usr/bin/setpriv", $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "/usr/bin/sleep", "987.653")).ToList()
            : [Start("/usr/bin/sleep", "987.653")];
        try
        {
            await Task.Delay(200); // setpriv has dropped to each uid and become sleep
            Assert.All(bystanders, b => Assert.False(b.HasExited, "a bystander did not start"));
            var slow = TestChallenges.Double(new ResourceLimits { CaseSeconds = 3, CpuSeconds = 5, WallSeconds = 15 });
            var beside = sandbox.Grader.GradeAsync(slow, "import time\ndef double(x):\n    time.sleep(2)\n    return x * 2\n");

            var run = await grader.GradeAsync(TestChallenges.Double(), "import os, signal\ndef double(x):\n    if x == 1:\n        print(os.getuid())\n    if x == 2:\n        os.kill(-1, signal.SIGKILL)\n    return x * 2\n");

            Assert.Equal(Verdict.RuntimeError, run.Verdict);
            Assert.True(run.Cases[0].Passed);
            Assert.True(run.Cases[2].Passed, "the cases after the kill still run");
            if (Environment.IsPrivilegedProcess)
                Assert.InRange(int.Parse(run.Cases[0].Stdout!.Trim(), System.Globalization.CultureInfo.InvariantCulture), firstUid, firstUid + uidCount - 1);
            Assert.All(bystanders, b => Assert.False(b.HasExited, "a host process under the sandbox's uid was killed"));
            Assert.False(beside.IsCompleted, "the sandbox beside it was done before the attack; it was no bystander");
            Assert.Equal(Verdict.Accepted, (await beside).Verdict);
        }
        finally
        {
            foreach (var bystander in bystanders)
            {
                bystander.Kill();
                bystander.Dispose();
            }
        }
    }

    private static Process Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    [Fact]
    public async Task Double_forked_orphans_do_not_survive_the_sandbox()
    {
        const string marker = "987.652";
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), $$"""
            import os
            def double(x):
                if os.fork() == 0:
                    try:
                        os.setsid()
                    except OSError:
                        pass
                    if os.fork() == 0:
                        os.execv('/usr/bin/sleep', ['sleep', '{{marker}}'])
                    os._exit(0)
                return x * 2
            """);
        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.Equal(0, await HostProcesses.CountAfterReapingAsync(marker));
    }

    [Fact]
    public async Task Privilege_and_kernel_calls_are_refused()
    {
        Assert.True(sandbox.Pool.SeccompEnabled, "the seccomp filter must be on for this machine (x86_64)");
        var observed = await Observe("""
            import ctypes, resource
            libc = ctypes.CDLL(None, use_errno=True)
            def call(name, *args):
                result = libc.syscall(*args)
                return f"{name}:{'ok' if result >= 0 else errno.errorcode[ctypes.get_errno()]}"
            def probe(x):
                out = [
                    call('unshare', 272, 0x10000000),          # CLONE_NEWUSER
                    call('setns', 308, 0, 0),
                    call('io_uring_setup', 425, 8, 0),
                    call('keyctl', 250, 0, 0),
                    call('bpf', 321, 0, 0, 0),
                    call('ptrace', 101, 0, 0, 0, 0),           # PTRACE_TRACEME
                    call('mount', 165, 0, 0, 0, 0, 0),
                    call('setsid', 112),
                ]
                try:
                    os.setuid(0)
                    out.append('setuid:ok')
                except OSError as e:
                    out.append('setuid:' + errno.errorcode[e.errno])
                for name in ('RLIMIT_NPROC', 'RLIMIT_AS', 'RLIMIT_CPU', 'RLIMIT_NOFILE', 'RLIMIT_FSIZE'):
                    limit = getattr(resource, name)
                    soft, hard = resource.getrlimit(limit)
                    if hard == resource.RLIM_INFINITY:
                        out.append(name + ':unlimited')
                        continue
                    try:
                        resource.setrlimit(limit, (hard + 1000, hard + 1000))
                        out.append(name + ':raised')
                    except (ValueError, OSError):
                        out.append(name + ':refused')
                return ' '.join(out)
            """);
        Assert.DoesNotContain(":ok", observed);
        foreach (var limit in new[] { "RLIMIT_NPROC", "RLIMIT_AS", "RLIMIT_CPU", "RLIMIT_NOFILE", "RLIMIT_FSIZE" })
            Assert.Contains($"{limit}:refused", observed);
        foreach (var call in new[] { "unshare", "setns", "io_uring_setup", "keyctl", "bpf", "ptrace", "mount", "setsid" })
            Assert.Contains($"{call}:EPERM", observed);
    }
}
