using PyPrep.Core.Content;
using PyPrep.Core.Patterns;
using static PyPrep.Core.Tests.Patterns.SampleChallenges;

namespace PyPrep.Core.Tests.Patterns;

public sealed class LearningPathTests
{
    [Fact]
    public void Stages_follow_the_pattern_order_whatever_order_the_bank_has()
    {
        var path = LearningPath.From([
            Make("dp", patterns: ["1-d-dynamic-programming"]),
            Make("hash", patterns: ["arrays-and-hashing"]),
            Make("bits", patterns: ["bit-manipulation"]),
            Make("window", patterns: ["sliding-window"]),
        ]);

        Assert.Equal(["arrays-and-hashing", "sliding-window", "1-d-dynamic-programming", "bit-manipulation"], path.Stages.Select(s => s.Pattern));
        Assert.Equal("Sliding window", path.Stages[1].Title);
    }

    [Fact]
    public void Within_a_stage_easy_comes_before_hard_then_junior_before_senior()
    {
        var path = LearningPath.From([
            Make("hard", Difficulty.Hard, Level.Junior, ["trees"]),
            Make("medium-senior", Difficulty.Medium, Level.Senior, ["trees"]),
            Make("easy", Difficulty.Easy, Level.Mid, ["trees"]),
            Make("medium-junior", Difficulty.Medium, Level.Junior, ["trees"]),
        ]);

        Assert.Equal(["easy", "medium-junior", "medium-senior", "hard"], path.Challenges.Select(c => c.Slug));
    }

    [Fact]
    public void A_challenge_with_several_patterns_appears_once_under_the_latest()
    {
        var path = LearningPath.From([
            Make("search-tree", patterns: ["trees", "binary-search"]),
            Make("plain", patterns: ["binary-search"]),
        ]);

        Assert.Equal(["binary-search", "trees"], path.Stages.Select(s => s.Pattern));
        Assert.Equal(["search-tree"], path.Stages[1].Challenges.Select(c => c.Slug));
        Assert.Single(path.Challenges, c => c.Slug == "search-tree");
    }

    [Fact]
    public void Challenges_without_a_pattern_come_last_in_their_own_stage()
    {
        var path = LearningPath.From([Make("decorator"), Make("stack", patterns: ["stack"])]);

        Assert.Equal("stack", path.Stages[0].Pattern);
        Assert.Null(path.Stages[^1].Pattern);
        Assert.Equal(LearningPath.WithoutPatternTitle, path.Stages[^1].Title);
        Assert.Equal(["decorator"], path.Stages[^1].Challenges.Select(c => c.Slug));
    }

    [Fact]
    public void Empty_stages_are_left_out()
    {
        var path = LearningPath.From([Make("only", patterns: ["heaps"])]);

        Assert.Equal(["heaps"], path.Stages.Select(s => s.Pattern));
        Assert.Empty(LearningPath.From([]).Stages);
    }

    [Fact]
    public void The_real_bank_path_holds_every_challenge_once_and_starts_with_arrays()
    {
        var bank = ContentBank.Load(ContentBank.LocateRoot());
        var path = LearningPath.From(bank.Challenges);

        Assert.Equal(bank.Challenges.Select(c => c.Slug).Order(), path.Challenges.Select(c => c.Slug).Order());
        Assert.Equal("arrays-and-hashing", path.Stages[0].Pattern);
        Assert.Equal(Difficulty.Easy, path.Stages[0].Challenges[0].Difficulty);
    }
}
