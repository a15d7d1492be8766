using PyPrep.Core.Concepts;
using PyPrep.Core.Content;

namespace PyPrep.Core.Tests.Concepts;

public sealed class ConceptAnswersTests
{
    private static ConceptItem Item(ConceptKind kind) => new()
    {
        Id = "x", Kind = kind, Topic = "t", Level = Level.Junior, Question = "q", Explanation = "e", File = "f.yaml", Line = 1,
    };

    private static readonly ConceptItem Prints = Item(ConceptKind.PredictOutput) with { Output = "[1, 2]\nTrue\n" };
    private static readonly ConceptItem Raises = Item(ConceptKind.PredictOutput) with { Output = "start\n", Raises = "KeyError" };

    [Theory]
    [InlineData("[1, 2]\nTrue")]
    [InlineData("[1, 2]   \r\nTrue\n\n")]
    [InlineData("\n[1, 2]\nTrue")]
    public void Predicted_output_ignores_trailing_spaces_and_blank_edges(string answer) =>
        Assert.True(ConceptAnswers.CheckOutput(Prints, answer).Correct);

    [Theory]
    [InlineData("[1,2]\nTrue")]
    [InlineData("[1, 2]")]
    [InlineData("[1, 2]\ntrue")]
    [InlineData("  [1, 2]\nTrue")]
    public void Predicted_output_must_match_every_character_of_each_line(string answer) =>
        Assert.False(ConceptAnswers.CheckOutput(Prints, answer).Correct);

    [Theory]
    [InlineData("start\nKeyError")]
    [InlineData("start\nKeyError: 'k'")]
    [InlineData("start\nbuiltins.KeyError")]
    public void A_raising_snippet_is_answered_with_its_output_then_the_exception(string answer) =>
        Assert.True(ConceptAnswers.CheckOutput(Raises, answer).Correct);

    [Theory]
    [InlineData("KeyError")]
    [InlineData("start\nIndexError")]
    [InlineData("start")]
    [InlineData("")]
    public void A_raising_snippet_needs_both_the_output_and_the_right_exception(string answer) =>
        Assert.False(ConceptAnswers.CheckOutput(Raises, answer).Correct);

    [Fact]
    public void Multiple_choice_needs_exactly_the_correct_options()
    {
        var item = Item(ConceptKind.Choice) with { Options = ["a", "b", "c"], Correct = [0, 2], Multiple = true };
        Assert.True(ConceptAnswers.CheckChoice(item, [2, 0]).Correct);
        Assert.False(ConceptAnswers.CheckChoice(item, [0]).Correct);
        Assert.False(ConceptAnswers.CheckChoice(item, [0, 1, 2]).Correct);
        Assert.Equal("correct: a, c", ConceptAnswers.CheckChoice(item, [1]).Detail);
    }

    [Fact]
    public void Letters_typed_by_the_candidate_become_option_indexes()
    {
        var item = Item(ConceptKind.Choice) with { Options = ["a", "b", "c"], Correct = [1] };
        Assert.Equal([1], ConceptAnswers.ParseLetters(item, "B"));
        Assert.Equal([0, 2], ConceptAnswers.ParseLetters(item, "a, c"));
        Assert.Equal([0, 2], ConceptAnswers.ParseLetters(item, "a c"));
        Assert.Null(ConceptAnswers.ParseLetters(item, "d"));
        Assert.Null(ConceptAnswers.ParseLetters(item, "ab"));
        Assert.Null(ConceptAnswers.ParseLetters(item, " "));
    }

    [Fact]
    public void Short_answer_scores_the_share_of_key_points_covered()
    {
        var item = Item(ConceptKind.ShortAnswer) with { KeyPoints = ["p1", "p2", "p3", "p4"] };
        Assert.Equal((true, 1.0), Pair(ConceptAnswers.CheckKeyPoints(item, [0, 1, 2, 3])));
        Assert.Equal((false, 0.5), Pair(ConceptAnswers.CheckKeyPoints(item, [3, 1, 1, 9])));
        Assert.Equal((false, 0.0), Pair(ConceptAnswers.CheckKeyPoints(item, [])));
    }

    private static (bool, double) Pair(ConceptOutcome outcome) => (outcome.Correct, outcome.Score);
}
