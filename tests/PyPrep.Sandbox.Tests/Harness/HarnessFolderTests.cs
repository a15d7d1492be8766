using PyPrep.Core.Running;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>
/// As root every sandbox runs under an unprivileged uid, which can read the harness only if every
/// folder above it lets others in: a checkout in a private folder gets a message that says which
/// folder and what to do, not bubblewrap's bare "Permission denied".
/// </summary>
public sealed class HarnessFolderTests : IDisposable
{
    // Made 0700, as `mktemp -d` makes them.
    private readonly string root = Directory.CreateTempSubdirectory("pyprep-private-").FullName;

    [RootFact]
    public void A_harness_inside_a_folder_closed_to_others_is_refused_naming_that_folder()
    {
        var harness = Path.Combine(root, "python");
        Directory.CreateDirectory(harness);
        foreach (var file in new[] { "harness.py", "start.py" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "python", file), Path.Combine(harness, file));

        var error = Assert.Throws<SandboxUnavailableException>(() => SandboxPreflight.Check(new SandboxOptions { HarnessDirectory = harness }));

        Assert.Contains($"chmod o+rx {root}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_harness_the_build_ships_passes_the_check()
    {
        SandboxPreflight.Check(new SandboxOptions());
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
