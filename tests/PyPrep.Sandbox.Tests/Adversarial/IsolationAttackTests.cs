using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    [Fact]
    public async Task Killing_every_process_reaches_nothing_outside_the_sandbox()
    {
        using var bystander = Process.Start(new ProcessStartInfo("/usr/bin/sleep", "987.653") { UseShellExecute = false })!;
        try
        {
            var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), "import os, signal\ndef double(x):\n    if x == 2:\n        os.kill(-1, signal.SIGKILL)\n    return x * 2\n");
            Assert.Equal(Verdict.RuntimeError, run.Verdict);
            Assert.True(run.Cases[0].Passed);
            Assert.True(run.Cases[2].Passed, "the cases after the kill still run");
            Assert.False(bystander.HasExited, "a host process was killed");
        }
        finally
        {
            bystander.Kill();
        }
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
                soft, hard = resource.getrlimit(resource.RLIMIT_NPROC)
                try:
                    resource.setrlimit(resource.RLIMIT_NPROC, (hard + 1000, hard + 1000))
                    out.append('rlimit:raised')
                except (ValueError, OSError) as e:
                    out.append('rlimit:refused')
                return ' '.join(out)
            """);
        Assert.DoesNotContain(":ok", observed);
        Assert.Contains("rlimit:refused", observed);
        foreach (var call in new[] { "unshare", "setns", "io_uring_setup", "keyctl", "bpf", "ptrace", "mount", "setsid" })
            Assert.Contains($"{call}:EPERM", observed);
    }
}
