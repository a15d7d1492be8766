using PyPrep.Core.Content;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Analysis;

/// <summary>
/// The real complexity analyzer on a challenge whose trusted generator raises: the measurement
/// cannot be made, and the submission says so (failed, with the reason) instead of staying pending.
/// </summary>
public sealed class BrokenGeneratorTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "pyprep-web-tests", "content-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_generator_that_raises_leaves_the_complexity_failed_with_its_error()
    {
        CopyBankWithBrokenGenerator();
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Content:Root"] = root });
        var client = factory.CreateClient();

        var (_, verdict) = await Api.SubmitAsync(client, Api.Optimal);
        Assert.Equal("accepted", (string?)verdict["verdict"]);
        var body = await Api.UntilAnalysedAsync(client, verdict["id"], TimeSpan.FromMinutes(3));

        Assert.Equal("failed", (string?)body["analysis"]);
        var complexity = body["complexity"]!;
        Assert.Equal("failed", (string?)complexity["status"]);
        Assert.Contains("generator exploded", (string?)complexity["reason"]);
        Assert.Equal("O(n)", (string?)complexity["expected"]);
    }

    /// <summary>two-sum alone, its generator replaced by one that raises; the rest of the bank linked as it is.</summary>
    private void CopyBankWithBrokenGenerator()
    {
        var source = ContentBank.LocateRoot();
        Directory.CreateDirectory(root);
        foreach (var entry in Directory.EnumerateFileSystemEntries(source))
        {
            var name = Path.GetFileName(entry);
            if (name == "challenges") continue;
            if (Directory.Exists(entry)) Directory.CreateSymbolicLink(Path.Combine(root, name), entry);
            else File.CreateSymbolicLink(Path.Combine(root, name), entry);
        }
        var challenge = Path.Combine(root, "challenges", "two-sum");
        CopyTree(Path.Combine(source, "challenges", "two-sum"), challenge);
        File.WriteAllText(Path.Combine(challenge, "generator.py"), "def generate(n, rng):\n    raise ValueError('generator exploded')\n");
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } // a temp folder; best effort
    }
}
