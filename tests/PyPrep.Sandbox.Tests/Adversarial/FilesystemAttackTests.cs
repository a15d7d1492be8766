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
    /// <summary>A content folder and a database of the host's, planted with the secret.</summary>
    private readonly string hostFolder = Directory.CreateTempSubdirectory("pyprep-host-").FullName;
    /// <summary>In root's home, when the tests run as root (as CI does).</summary>
    private readonly string rootSecret = $"/root/pyprep-host-secret-{Guid.NewGuid():N}";
    private const string SecretText = "host-secret-5b7d";
    private const string SecretVariable = "PYPREP_TEST_SECRET";

    /// <summary>Roomy, for probes that walk the whole file system on a busy machine.</summary>
    private static readonly ResourceLimits Roomy = new() { CaseSeconds = 20, CpuSeconds = 20, WallSeconds = 30 };

    private async Task<string> Observe(string body, Grader? grader = null, ResourceLimits? limits = null)
    {
        var run = await (grader ?? sandbox.Grader).GradeAsync(TestChallenges.Probe(limits), "import os, errno\n" + body);
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
    public async Task Host_files_and_the_hosts_environment_cannot_be_read()
    {
        File.WriteAllText(hostSecret, SecretText);
        var cases = Plant(Path.Combine(hostFolder, "content", "challenges", "two-sum", "cases.yaml"), $"- args: [[2, 7], 9]\n  expected: {SecretText}\n");
        var database = Plant(Path.Combine(hostFolder, "data", "pyprep.db"), "SQLite format 3\0" + SecretText);
        List<string> planted = [hostSecret, cases, database];
        if (Environment.IsPrivilegedProcess) planted.Add(Plant(rootSecret, SecretText));
        var realCases = Path.Combine(ContentBank.LocateRoot(), "challenges", "two-sum", "cases.yaml");
        Assert.True(File.Exists(realCases), realCases);
        // Set before the pool below starts its sandbox, so only clearing the environment keeps it out.
        Environment.SetEnvironmentVariable(SecretVariable, SecretText);
        string observed;
        try
        {
            await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 1 });
            observed = await Observe($$"""
                def probe(x):
                    out = []
                    for path in {{Python(["/etc/shadow", "/etc/passwd", "/root", hostFolder, realCases, .. planted])}}:
                        try:
                            if os.path.isdir(path):
                                out.append(path + ':' + ','.join(os.listdir(path)))
                            else:
                                with open(path, 'rb') as f:
                                    out.append(path + ':' + f.read().decode('latin-1'))
                        except OSError as e:
                            out.append(path + ':' + errno.errorcode[e.errno])
                    entries = set()
                    for pid in [p for p in os.listdir('/proc') if p.isdigit()]:
                        try:
                            with open(f'/proc/{pid}/environ', 'rb') as f:
                                data = f.read().decode('latin-1')
                            out.append(f'/proc/{pid}/environ:' + data.replace('\0', ' '))
                            entries |= {entry for entry in data.split('\0') if entry}
                        except OSError as e:
                            out.append(f'/proc/{pid}/environ:' + errno.errorcode[e.errno])
                    out.append('ENV ' + ' '.join(sorted(entries)))
                    return '\n'.join(out)
                """, new Grader(new BubblewrapRunner(pool)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SecretVariable, null);
        }
        Assert.DoesNotContain(SecretText, observed);
        Assert.Contains("/etc/shadow:ENOENT", observed);
        Assert.Contains("/root:ENOENT", observed);
        foreach (var path in planted.Append(realCases).Append(hostFolder))
            Assert.Matches($"(?m)^{System.Text.RegularExpressions.Regex.Escape(path)}:(ENOENT|EACCES)$", observed);
        Assert.DoesNotContain("expected:", observed);
        // Every process in the sandbox (its pid 1 among them) holds only what the sandbox was given
        // (bubblewrap adds PWD for the folder it starts in): none of the host's variables, though
        // this test process has dozens, the planted one among them.
        var entries = observed.Split('\n').Single(line => line.StartsWith("ENV ", StringComparison.Ordinal))[4..].Split(' ');
        Assert.Contains("PATH=/usr/bin", entries);
        Assert.Subset(new HashSet<string> { "PATH=/usr/bin", "HOME=/tmp", "PYTHONHASHSEED=0", "PWD=/tmp", "PWD=/" }, entries.ToHashSet());
        Assert.Matches("(?m)^/proc/1/environ:", observed);
    }

    [Fact]
    public async Task A_planted_symlink_reaches_nothing_of_the_hosts()
    {
        File.WriteAllText(hostSecret, SecretText);
        var tag = Guid.NewGuid().ToString("N");
        // First find every folder the code can write to, then plant links to the host's files in
        // each (and try the places that must refuse): whatever the host might later touch.
        var observed = await Observe($$"""
            def probe(x):
                writable = []
                with open('/proc/self/mounts') as f:
                    mounts = [line.split()[1] for line in f]
                for root, dirs, files in os.walk('/'):
                    if root in ('/proc', '/sys'):
                        dirs[:] = []
                        continue
                    try:
                        read_only = os.statvfs(root).f_flag & os.ST_RDONLY
                    except OSError:
                        continue
                    if read_only:
                        # Nothing on a read-only mount is writable: descend only towards mounts below it.
                        below = root.rstrip('/') + '/'
                        dirs[:] = [d for d in dirs if any(m == below + d or m.startswith(below + d + '/') for m in mounts)]
                        continue
                    try:
                        name = os.path.join(root, '.probe-{{tag}}')
                        with open(name, 'w'):
                            pass
                        os.unlink(name)
                        writable.append(root)
                    except OSError:
                        pass
                out = ['WRITABLE ' + ' '.join(writable), 'CWD ' + os.getcwd()]
                for place in writable + ['/dev/shm', '/sandbox', '/usr', '/proc/self']:
                    for n, target in enumerate(['{{hostSecret}}', '/etc/shadow', '/proc/1/root/etc/hostname', '{{rootSecret}}', '../../../../..{{hostSecret}}']):
                        link = os.path.join(place, f'link-{{tag}}-{n}')
                        try:
                            os.symlink(target, link)
                        except OSError as e:
                            out.append(f'{place} link:{errno.errorcode[e.errno]}')
                            continue
                        try:
                            with open(link) as f:
                                out.append(f'{place} read:' + f.read())
                        except OSError as e:
                            out.append(f'{place} read:{errno.errorcode[e.errno]}')
                return '\n'.join(out)
            """, limits: Roomy);
        // /tmp, a tmpfs of the sandbox's own, is the one writable place; it is also the working folder.
        Assert.Contains("WRITABLE /tmp\n", observed);
        Assert.Contains("CWD /tmp\n", observed);
        Assert.DoesNotContain(SecretText, observed);
        foreach (var refused in new[] { "/dev/shm", "/sandbox", "/usr", "/proc/self" })
            Assert.DoesNotContain($"{refused} read:", observed);
        var reads = observed.Split('\n').Where(line => line.StartsWith("/tmp read:", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, reads.Count);
        Assert.All(reads, line => Assert.Matches("^/tmp read:(ENOENT|EACCES)$", line));
        Assert.Equal(SecretText, File.ReadAllText(hostSecret));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetTempPath(), $"*{tag}*"));
    }

    [Fact]
    public async Task Nothing_carries_over_from_one_submission_to_the_next()
    {
        // The same check in both: the first submission sees its own cache, so the second seeing none means none is left.
        const string check = """
            def probe(x):
                return f"{os.path.exists('/tmp/cache')} {hasattr(builtins, 'cached_answer')} {'cache_module' in sys.modules}"
            """;
        var first = await Observe("""
            import builtins, sys
            with open('/tmp/cache', 'w') as f:
                f.write('cached')
            builtins.cached_answer = 42
            sys.modules['cache_module'] = sys
            """ + "\n" + check);
        var second = await Observe("import builtins, sys\n" + check);
        Assert.Equal("True True True", first);
        Assert.Equal("False False False", second);
    }

    [Fact]
    public async Task Only_the_standard_streams_and_the_results_channel_are_open()
    {
        var observed = await Observe("def probe(x):\n    return ' '.join(sorted(os.listdir('/proc/self/fd'), key=int))\n");
        // 0-2, the results channel the harness moved off fd 1, and the fd listdir itself holds open;
        // whatever else the host process had open (this test host has some) is closed.
        Assert.Equal("0 1 2 3 4", observed);
    }

    private static string Plant(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Python(IEnumerable<string> paths) => "[" + string.Join(", ", paths.Select(p => $"'{p}'")) + "]";

    public void Dispose()
    {
        if (File.Exists(hostSecret)) File.Delete(hostSecret);
        if (File.Exists(rootSecret)) File.Delete(rootSecret);
        Directory.Delete(hostFolder, recursive: true);
    }
}
