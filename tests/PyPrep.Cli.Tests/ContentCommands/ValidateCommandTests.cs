using PyPrep.Cli.Tests.Support;
using PyPrep.Core.Content;

namespace PyPrep.Cli.Tests.ContentCommands;

/// <summary>`content validate` on small banks written by the test: a copy of two-sum with its patterns line changed.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pyprep-cli-bank-").FullName;

    private void CopyTwoSum(string patternsLine)
    {
        var source = Path.Combine(ContentBank.LocateRoot(), "challenges", "two-sum");
        var target = Path.Combine(root, "challenges", "two-sum");
        CliProcess.CopyTree(source, target);
        var meta = Path.Combine(target, "challenge.yaml");
        File.WriteAllLines(meta, File.ReadAllLines(meta).Select(l => l.StartsWith("patterns:", StringComparison.Ordinal) ? patternsLine : l));
    }

    [Fact]
    public async Task A_bank_short_of_a_category_prints_the_coverage_table_and_fails()
    {
        CopyTwoSum("patterns: [tries]");

        var result = await CliProcess.RunInAsync(root, "content", "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"tries\s+│\s+1 \(needs 3\)", result.Stdout);
        Assert.Matches(@"junior\s+│\s+1", result.Stdout);
        Assert.Matches(@"backend\s+│\s+1", result.Stdout);
        Assert.Matches(@"pattern\s+'tries'\s+has\s+1\s+challenge\(s\);\s+every\s+category\s+needs\s+at\s+least\s+3", result.Stdout);
        Assert.Matches(@"pattern\s+'bit-manipulation'\s+has\s+0\s+challenge\(s\)", result.Stdout);
    }

    [Fact]
    public async Task An_unknown_pattern_fails_naming_file_and_line()
    {
        CopyTwoSum("patterns: [arrays-and-hashing, design]");

        var result = await CliProcess.RunInAsync(root, "content", "validate", "--only", "two-sum");

        Assert.Equal(1, result.ExitCode);
        // Long lines wrap at 80 columns when output is redirected: compare without the breaks.
        var flat = result.Stdout.Replace("\n", "", StringComparison.Ordinal);
        Assert.Matches(@"two-sum/challenge\.yaml:6:\s*unknown\s*pattern\s*'design'", flat);
        Assert.DoesNotContain("(needs 3)", result.Stdout);
    }

    [Fact]
    public async Task A_challenge_whose_library_is_missing_is_skipped_with_the_package_to_install()
    {
        CopyTwoSum("patterns: [arrays-and-hashing]\nrequires: [pyprep_no_such_library]");
        var outside = new Dictionary<string, string?> { ["CI"] = null, ["PYPREP_REQUIRE_LIBRARIES"] = null };

        var result = await CliProcess.RunWithEnvironmentAsync(root, outside, "content", "validate", "--only", "two-sum");

        var flat = System.Text.RegularExpressions.Regex.Replace(result.Stdout, @"\s+", " ");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped two-sum: needs the Python library 'pyprep_no_such_library'", flat);
        Assert.Contains("sudo apt-get install python3-pyprep-no-such-library", flat);
        Assert.Contains("0 reference solution(s)", flat);
    }

    [Fact]
    public async Task Where_libraries_are_required_a_missing_one_fails_validation()
    {
        CopyTwoSum("patterns: [arrays-and-hashing]\nrequires: [pyprep_no_such_library]");
        var required = new Dictionary<string, string?> { ["PYPREP_REQUIRE_LIBRARIES"] = "1" };

        var result = await CliProcess.RunWithEnvironmentAsync(root, required, "content", "validate", "--only", "two-sum");

        var flat = System.Text.RegularExpressions.Regex.Replace(result.Stdout, @"\s+", " ");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("two-sum/challenge.yaml", flat);
        Assert.Contains("it is required here", flat);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
