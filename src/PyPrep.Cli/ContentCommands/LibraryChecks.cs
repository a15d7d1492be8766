using PyPrep.Core.Content;

namespace PyPrep.Cli.ContentCommands;

/// <summary>
/// Challenges that need libraries outside the standard library (<c>requires:</c>, Debian's
/// python3-numpy, python3-pandas, python3-pytest). Where the sandbox cannot import one, their
/// references are not run: the challenge is skipped with the package to install. Where the
/// packages are required (the <c>CI</c> or <c>PYPREP_REQUIRE_LIBRARIES</c> variable set;
/// <c>.ci/run</c> installs them and sets the latter) a missing one is an error instead, so library
/// challenges cannot silently stop running in CI.
/// </summary>
internal static class LibraryChecks
{
    /// <summary>The challenges whose references cannot run, and a notice for each one skipped.</summary>
    public static async Task<(HashSet<Challenge> Excluded, List<string> Skipped)> CheckAsync(IEnumerable<Challenge> challenges,
        ContentValidator validator, List<ContentError> errors, CancellationToken cancellationToken)
    {
        var required = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
                       || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYPREP_REQUIRE_LIBRARIES"));
        var excluded = new HashSet<Challenge>();
        var skipped = new List<string>();
        // One probe per distinct set of libraries, not one per challenge.
        var missingBySet = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var challenge in challenges.Where(c => c.Requires.Count > 0))
        {
            var key = string.Join(",", challenge.Requires.Order(StringComparer.Ordinal));
            if (!missingBySet.TryGetValue(key, out var missing))
                missingBySet[key] = missing = await validator.MissingLibraryAsync(challenge, cancellationToken);
            if (missing is null) continue;
            excluded.Add(challenge);
            var package = PythonLibraries.DebianPackage(missing);
            var reason = $"needs the Python library '{missing}', which the sandbox cannot import: install Debian's {package} (sudo apt-get install {package})";
            if (required) errors.Add(new ContentError(Path.Combine(challenge.Directory, "challenge.yaml"), 0, reason + "; it is required here"));
            else skipped.Add($"{challenge.Slug}: {reason}");
        }
        return (excluded, skipped);
    }
}
