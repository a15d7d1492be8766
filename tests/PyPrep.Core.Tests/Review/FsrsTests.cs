using System.Text.Json;
using PyPrep.Core.Review;

namespace PyPrep.Core.Tests.Review;

/// <summary>
/// The FSRS-5 model against reference vectors computed independently from the published formulas
/// (fsrs_reference.py next to this file writes fsrs-vectors.json), and against values published
/// in ts-fsrs's FSRS-5 test suite.
/// </summary>
public sealed class FsrsTests
{
    private const double Tolerance = 1e-6;
    private static readonly Fsrs Model = new(ReviewSettings.DefaultWeights);

    public static TheoryData<string> VectorNames() => [.. Vectors().Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Memory_state_follows_the_reference_vectors(string name)
    {
        var vector = Vectors().Single(v => v.Name == name);
        double? s = null, d = null;
        foreach (var step in vector.Steps)
        {
            if (step.Retrievability is { } r)
                Assert.Equal(r, Fsrs.Retrievability(step.ElapsedDays, s!.Value), Tolerance);
            (var stability, var difficulty) = Model.Next(s, d, step.ElapsedDays, (Rating)step.Rating);
            Assert.Equal(step.Stability, stability, Tolerance);
            Assert.Equal(step.Difficulty, difficulty, Tolerance);
            (s, d) = (stability, difficulty);
        }
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Intervals_follow_the_reference_vectors_at_two_retention_targets(string name)
    {
        var clock = ManualClock.AtNoon();
        var at90 = new FsrsScheduler(new ReviewSettings(), clock);
        var at80 = new FsrsScheduler(new ReviewSettings { DesiredRetention = 0.8 }, clock);
        foreach (var step in Vectors().Single(v => v.Name == name).Steps)
        {
            Assert.Equal(step.Interval90, at90.IntervalDays(step.Stability));
            Assert.Equal(step.Interval80, at80.IntervalDays(step.Stability));
        }
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Scheduler_driven_by_the_clock_reaches_the_same_memory_state(string name)
    {
        var clock = ManualClock.AtNoon();
        var scheduler = new FsrsScheduler(new ReviewSettings(), clock);
        var card = ReviewCard.New("item", scheduler.Now);
        foreach (var step in Vectors().Single(v => v.Name == name).Steps)
        {
            // "0 days" is a second answer the same day: a few minutes later.
            clock.Advance(step.ElapsedDays == 0 ? TimeSpan.FromMinutes(5) : TimeSpan.FromDays(step.ElapsedDays));
            card = scheduler.Review(card, (Rating)step.Rating).Card;
            Assert.Equal(step.Stability, card.Stability, Tolerance);
            Assert.Equal(step.Difficulty, card.Difficulty, Tolerance);
        }
    }

    [Fact]
    public void First_answers_match_the_ts_fsrs_published_values()
    {
        // ts-fsrs, FSRS-5 "first repeat": stability w0..w3 and these difficulties.
        double[] difficulties = [7.1949, 6.48830527, 5.28243442, 3.22450159];
        foreach (var rating in Enum.GetValues<Rating>())
        {
            Assert.Equal(ReviewSettings.DefaultWeights[(int)rating - 1], Model.InitialStability(rating));
            Assert.Equal(difficulties[(int)rating - 1], Model.InitialDifficulty(rating), 1e-8);
        }
        // ...and an Easy first answer is scheduled 16 days ahead at 90% retention.
        var scheduler = new FsrsScheduler(new ReviewSettings(), ManualClock.AtNoon());
        Assert.Equal(16, scheduler.IntervalDays(Model.InitialStability(Rating.Easy)));
    }

    [Fact]
    public void Retrievability_is_ninety_percent_after_stability_days()
    {
        Assert.Equal(0.9, Fsrs.Retrievability(12.5, 12.5), 1e-12);
        Assert.Equal(1.0, Fsrs.Retrievability(0, 3), 1e-12);
        Assert.Equal(12.5, Fsrs.Interval(12.5, 0.9), 1e-9);
    }

    [Fact]
    public void Difficulty_stays_within_one_and_ten()
    {
        var d = Model.InitialDifficulty(Rating.Again);
        for (var i = 0; i < 50; i++) d = Model.NextDifficulty(d, Rating.Again);
        Assert.InRange(d, 1, 10);
        for (var i = 0; i < 50; i++) d = Model.NextDifficulty(d, Rating.Easy);
        Assert.InRange(d, 1, 10);
    }

    private sealed record Step(int Rating, int ElapsedDays, double? Retrievability, double Stability, double Difficulty, [property: System.Text.Json.Serialization.JsonPropertyName("interval_90")] int Interval90,
        [property: System.Text.Json.Serialization.JsonPropertyName("interval_80")] int Interval80);

    private sealed record Vector(string Name, List<Step> Steps);

    private static List<Vector> Vectors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Review", "fsrs-vectors.json");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return JsonSerializer.Deserialize<List<Vector>>(File.ReadAllText(path), options)!;
    }
}
