using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>Attacks on files: nothing of the host's can be read or written, nothing carries over.</summary>
[Collection(SandboxCollection.Name)]
public sealed class FilesystemAttackTests(SandboxFixture sandbox) : IDisposable
{
    private readonly string hostSecret = Path.Combine(Path.GetTempPath(), $"pyprep-host-secret-{Guid.NewGuid():N}");
    private const string SecretText = "host-secret-5b7d";

    private async Task<string> Observe(string body)
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Probe(), "import os, errno\n" + body);
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        return Assert.IsType<PyStr>(run.Cases[0].Actual).Value;
    }

    [Fact]
    public async Task Writing_outside_tmp_is_refused()
    {
        var observed = await Observe("""
            def probe(x):
                out = []
                for path in ['/evil', '/etc/evil', '/usr/evil', '/dev/shm/evil', '/sandbox/evil', '/sandbox/harness.py', '/proc/evil']:
                    try:
                        with open(path, 'w') as f:
                            f.write('x')
                        out.append(path + ':written')
                    except OSError as e:
                        out.append(path + ':' + errno.errorcode[e.errno])
                return ' '.join(out)
            """);
        Assert.DoesNotContain(":written", observed);
        Assert.Contains("/usr/evil:EROFS", observed);
        Assert.Contains("/sandbox/harness.py:EROFS", observed);
    }

    [Fact]
    public async Task Filling_tmp_is_refused_at_its_cap()
    {
        var observed = await Observe("""
            def probe(x):
                block = b'x' * (8 * 1024 * 1024)
                written = 0
                try:
                    for i in range(100):
                        with open(f'/tmp/fill{i}', 'wb') as f:
                            f.write(block)
                        written += len(block)
                except OSError as e:
                    return f'{errno.errorcode[e.errno]} after {written // (1024 * 1024)} MB'
                return 'filled 800 MB'
            """);
        Assert.StartsWith("ENOSPC after", observed);
        var megabytes = int.Parse(observed.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(megabytes, 32, 64);
    }

    [Fact]
    public async Task Host_files_cannot_be_read()
    {
        File.WriteAllText(hostSecret, SecretText);
        var database = Path.GetFullPath("data/pyprep.db");
        var content = ContentBank.LocateRoot();
        Environment.SetEnvironmentVariable("PYPREP_TEST_SECRET", SecretText);
        var observed = await Observe($$"""
            def probe(x):
                out = []
                for path in ['/etc/shadow', '/etc/passwd', '/root', '{{hostSecret}}', '{{content}}/challenges/two-sum/cases.yaml', '{{database}}', '/proc/1/environ', '/proc/self/environ']:
                    try:
                        if os.path.isdir(path):
                            out.append(path + ':' + ','.join(os.listdir(path)))
                        else:
                            with open(path, 'rb') as f:
                                out.append(path + ':' + f.read().decode('latin-1'))
                    except OSError as e:
                        out.append(path + ':' + errno.errorcode[e.errno])
                return '\n'.join(out)
            """);
        Assert.DoesNotContain(SecretText, observed);
        Assert.Contains("/etc/shadow:ENOENT", observed);
        Assert.Contains("/root:ENOENT", observed);
        Assert.Contains($"{content}/challenges/two-sum/cases.yaml:ENOENT", observed);
        Assert.DoesNotContain("expected:", observed);
    }

    [Fact]
    public async Task A_planted_symlink_reaches_nothing_of_the_hosts()
    {
        File.WriteAllText(hostSecret, SecretText);
        var observed = await Observe($$"""
            def probe(x):
                out = []
                for place in ['/tmp', os.getcwd()]:
                    for target in ['{{hostSecret}}', '/etc/shadow', '/proc/1/root/etc/hostname']:
                        link = os.path.join(place, 'link-' + str(len(out)))
                        os.symlink(target, link)
                        try:
                            with open(link) as f:
                                out.append(f.read())
                        except OSError as e:
                            out.append(errno.errorcode[e.errno])
                return ' '.join(out)
            """);
        Assert.DoesNotContain(SecretText, observed);
        Assert.Equal(SecretText, File.ReadAllText(hostSecret));
    }

    [Fact]
    public async Task Nothing_carries_over_from_one_submission_to_the_next()
    {
        await sandbox.Grader.GradeAsync(TestChallenges.Probe(), """
            import builtins, sys
            with open('/tmp/cache', 'w') as f:
                f.write('cached')
            builtins.cached_answer = 42
            sys.modules['cache_module'] = sys
            def probe(x):
                return 'planted'
            """);
        var observed = await Observe("""
            import builtins, sys
            def probe(x):
                return f"{os.path.exists('/tmp/cache')} {hasattr(builtins, 'cached_answer')} {'cache_module' in sys.modules}"
            """);
        Assert.Equal("False False False", observed);
    }

    [Fact]
    public async Task Only_the_standard_streams_and_the_results_channel_are_open()
    {
        var observed = await Observe("def probe(x):\n    return ' '.join(sorted(os.listdir('/proc/self/fd'), key=int))\n");
        // 0-2, the results channel the harness moved off fd 1, and the fd listdir itself holds open;
        // whatever else the host process had open (this test host has some) is closed.
        Assert.Equal("0 1 2 3 4", observed);
    }

    public void Dispose()
    {
        if (File.Exists(hostSecret)) File.Delete(hostSecret);
    }
}
