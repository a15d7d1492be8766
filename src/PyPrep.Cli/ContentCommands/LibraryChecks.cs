using PyPrep.Core.Content;

namespace PyPrep.Cli.ContentCommands;

/// <summary>
/// Challenges that need libraries outside the standard library (<c>requires:</c>, Debian's
/// python3-numpy and python3-pandas). Where the sandbox cannot import one, their references are
/// skipped with the package to install. Where the packages are required (the <c>CI</c> or
/// <c>PYPREP_REQUIRE_LIBRARIES</c> variable set; <c>.ci/run</c> installs them and sets the latter)
/// a missing one is an error instead, so library challenges cannot silently stop running in CI.
/// </summary>
internal static class LibraryChecks
{
    public static async Task<List<(Challenge Challenge, string Reason)>> SkippedAsync(IEnumerable<Challenge> challenges,
        ContentValidator validator, List<ContentError> errors, CancellationToken cancellationToken)
    {
        var required = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
                       || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYPREP_REQUIRE_LIBRARIES"));
        var skipped = new List<(Challenge, string)>();
        // One probe per distinct set of libraries, not one per challenge.
        var missingBySet = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var challenge in challenges.Where(c => c.Requires.Count > 0))
        {
            var key = string.Join(",", challenge.Requires.Order(StringComparer.Ordinal));
            if (!missingBySet.TryGetValue(key, out var missing))
                missingBySet[key] = missing = await validator.MissingLibraryAsync(challenge, cancellationToken);
            if (missing is null) continue;
            var package = PythonLibraries.DebianPackage(missing);
            var reason = $"needs the Python library '{missing}', which the sandbox cannot import: install Debian's {package} (sudo apt-get install {package})";
            if (required) errors.Add(new ContentError(Path.Combine(challenge.Directory, "challenge.yaml"), 0, reason + "; CI must install it"));
            else skipped.Add((challenge, reason));
        }
        return skipped;
    }
}
