using PyPrep.Core.Content;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Patterns;

/// <summary>Challenges built in memory: only the fields coverage and the learning path read.</summary>
internal static class SampleChallenges
{
    public static Challenge Make(string slug, Difficulty difficulty = Difficulty.Easy, Level level = Level.Junior,
        string[]? patterns = null, string[]? roles = null, string? title = null) => new()
    {
        Slug = slug,
        Title = title ?? slug,
        Difficulty = difficulty,
        Level = level,
        Patterns = patterns ?? [],
        Roles = roles ?? ["general"],
        Kind = ChallengeKind.Function,
        Entry = "f",
        Signature = new Signature([], TypeSpec.Any),
        Checker = "exact",
        Statement = "",
        Cases = [],
        Directory = "/content/challenges/" + slug,
    };
}
