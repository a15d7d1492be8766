using PyPrep.Cli.Tests.Support;

namespace PyPrep.Cli.Tests.Infrastructure;

/// <summary>Every command line the CLI cannot use gets one `error:` line and exit code 2 (DESIGN.md).</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("missing required argument 'SLUG'", "check")]
    [InlineData("Unknown command 'bogus'", "bogus")]
    [InlineData("Unknown option 'bogus'", "check", "two-sum", "solution.py", "--bogus")]
    [InlineData("Unknown option 'bogus'", "challenges", "--bogus")]
    public async Task A_bad_command_line_is_one_line_and_exit_code_two(string message, params string[] args)
    {
        var result = await CliProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", result.Stderr);
    }

    [Fact]
    public async Task A_directory_given_as_the_solution_file_is_named_as_a_directory()
    {
        var result = await CliProcess.RunAsync("check", "two-sum", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", result.Stderr);
    }

    [Theory]
    [InlineData("/nonexistent/dir/x.py", "its folder does not exist")]
    [InlineData("/tmp", "is a directory")]
    public async Task Show_refuses_a_starter_path_it_cannot_write(string path, string message)
    {
        var result = await CliProcess.RunAsync("show", "two-sum", "--starter", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
