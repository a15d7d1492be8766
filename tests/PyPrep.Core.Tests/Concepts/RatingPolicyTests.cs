using PyPrep.Core.Concepts;
using PyPrep.Core.Review;

namespace PyPrep.Core.Tests.Concepts;

public sealed class RatingPolicyTests
{
    [Theory]
    [InlineData(ConceptKind.PredictOutput, 10, Rating.Easy)]
    [InlineData(ConceptKind.PredictOutput, 45, Rating.Good)]
    [InlineData(ConceptKind.PredictOutput, 300, Rating.Hard)]
    [InlineData(ConceptKind.Choice, 15, Rating.Easy)]
    [InlineData(ConceptKind.Choice, 61, Rating.Hard)]
    [InlineData(ConceptKind.SpotTheBug, 120, Rating.Good)]
    [InlineData(ConceptKind.ShortAnswer, 30, Rating.Easy)]
    public void Right_answers_are_rated_by_how_long_they_took(ConceptKind kind, int seconds, Rating expected) =>
        Assert.Equal(expected, RatingPolicy.Rate(kind, ConceptOutcome.Right, TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(ConceptKind.PredictOutput)]
    [InlineData(ConceptKind.Choice)]
    [InlineData(ConceptKind.SpotTheBug)]
    public void Wrong_answers_are_again_however_fast(ConceptKind kind) =>
        Assert.Equal(Rating.Again, RatingPolicy.Rate(kind, new ConceptOutcome(false, 0.9), TimeSpan.FromSeconds(1)));

    [Fact]
    public void A_short_answer_covering_half_its_points_is_hard_not_again()
    {
        Assert.Equal(Rating.Hard, RatingPolicy.Rate(ConceptKind.ShortAnswer, new ConceptOutcome(false, 0.5), TimeSpan.FromSeconds(30)));
        Assert.Equal(Rating.Again, RatingPolicy.Rate(ConceptKind.ShortAnswer, new ConceptOutcome(false, 0.25), TimeSpan.FromSeconds(30)));
    }
}
