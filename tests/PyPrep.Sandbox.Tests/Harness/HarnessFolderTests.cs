using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>
/// As root every sandbox runs under an unprivileged uid, which can read the harness only if every
/// folder above it lets others in. A checkout in a private folder (/root, mktemp -d) still works:
/// the harness is staged in a folder the sandbox users can read.
/// </summary>
public sealed class HarnessFolderTests : IDisposable
{
    // Made 0700, as `mktemp -d` makes them.
    private readonly string root = Directory.CreateTempSubdirectory("pyprep-private-").FullName;

    [RootFact]
    public async Task A_harness_inside_a_folder_closed_to_others_still_runs_sandboxes()
    {
        var harness = Path.Combine(root, "python");
        Directory.CreateDirectory(harness);
        foreach (var file in new[] { "harness.py", "start.py" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "python", file), Path.Combine(harness, file));
        var options = new SandboxOptions { HarnessDirectory = harness, WarmSlots = 0 };

        SandboxPreflight.Check(options);
        await using var pool = new WarmPool(options);
        var outcome = await new BubblewrapRunner(pool).RunAsync(
            new RunRequest(new JsonObject { ["mode"] = "script", ["code"] = "print(6 * 7)" }, ResourceLimits.Default));

        Assert.Equal("42\n", outcome.Find("script")!.Body.GetProperty("stdout").GetString());
    }

    [Fact]
    public void The_harness_the_build_ships_passes_the_check()
    {
        SandboxPreflight.Check(new SandboxOptions());
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
