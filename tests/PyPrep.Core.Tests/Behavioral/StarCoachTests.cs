using PyPrep.Core.Behavioral;

namespace PyPrep.Core.Tests.Behavioral;

public sealed class StarCoachTests
{
    private static readonly StarCoach Coach = new(StarVocabularyLoader.Load(StarVocabularyLoader.PathUnder(RepoPaths.Content)));

    private static StarReport Golden(string name) => Coach.Analyze(File.ReadAllText(RepoPaths.Tests("Behavioral", "Golden", name + ".txt")));

    private static int Max(StarCriterion criterion) => StarWeights.Max(criterion);

    [Fact]
    public void Weights_add_up_to_one_hundred() =>
        Assert.Equal(100, Enum.GetValues<StarCriterion>().Sum(StarWeights.Max));

    [Fact]
    public void The_guide_refactoring_story_is_strong() => Assert.Equal(StarBand.Strong, Golden("guide-csv-refactor").Band);

    [Fact]
    public void Saying_we_throughout_costs_exactly_the_first_person_points() =>
        Assert.Equal(Max(StarCriterion.FirstPerson), Golden("guide-csv-refactor").Score - Golden("guide-we-throughout").Score);

    [Fact]
    public void Naming_no_tools_costs_exactly_the_specifics_points() =>
        Assert.Equal(Max(StarCriterion.Specifics), Golden("guide-csv-refactor").Score - Golden("guide-no-specifics").Score);

    [Fact]
    public void A_result_without_numbers_costs_exactly_the_measurable_points() =>
        Assert.Equal(Max(StarCriterion.MeasurableResult), Golden("guide-csv-refactor").Score - Golden("guide-vague-result").Score);

    [Fact]
    public void Dropping_the_result_costs_the_result_its_measure_and_the_length_it_carried()
    {
        var strong = Golden("guide-csv-refactor");
        var weakened = Golden("guide-no-result");
        var lengthLost = strong.Breakdown.Single(i => i.Criterion == StarCriterion.Length).Earned
                         - weakened.Breakdown.Single(i => i.Criterion == StarCriterion.Length).Earned;
        Assert.Equal(4, lengthLost); // 1.1 minutes (half marks) fell under 1.0 (none)
        Assert.Equal(Max(StarCriterion.Result) + Max(StarCriterion.MeasurableResult) + lengthLost, strong.Score - weakened.Score);
    }

    [Fact]
    public void Labels_and_no_labels_find_the_same_parts()
    {
        var labelled = Golden("guide-csv-refactor");
        var plain = Golden("guide-unlabelled");
        foreach (var part in Enum.GetValues<StarPart>())
            Assert.Equal(labelled.Part(part).Words, plain.Part(part).Words);
    }

    [Fact]
    public void The_question_line_and_labels_are_not_counted_as_spoken_words()
    {
        var report = Coach.Analyze("Q: Tell me about a time.\nSituation: one two three\nTask: four five\n");
        Assert.Equal(5, report.Words);
    }

    [Fact]
    public void Labels_inside_one_paragraph_are_found()
    {
        var report = Coach.Analyze("Situation: the import broke nightly for months. Task: I had to fix it. " +
                                   "Action: I wrote tests and moved it to Celery. Result: no failures since.");
        Assert.All(report.Parts, p => Assert.True(p.Present && p.Labelled, p.Part.ToString()));
        Assert.Equal("I had to fix it.", report.Part(StarPart.Task).Text);
    }

    [Fact]
    public void Words_like_results_driven_are_not_labels()
    {
        var report = Coach.Analyze("I led the migration. Results-driven teams like numbers, and action - as they say - beats talk.");
        Assert.All(report.Parts, p => Assert.False(p.Labelled));
    }

    [Fact]
    public void Advice_is_the_three_changes_worth_the_most_points()
    {
        var report = Golden("weak-one-liner");
        Assert.Equal(3, report.Advice.Count);
        Assert.EndsWith("(+15 points)", report.Advice[0]); // measurable result, the largest loss
        Assert.EndsWith("(+12 points)", report.Advice[1]); // result, before smaller losses
        Assert.All(report.Advice.Skip(1).Zip(report.Advice), pair => Assert.True(Points(pair.First) <= Points(pair.Second)));
    }

    [Fact]
    public void A_perfect_answer_gets_no_advice() => Assert.Empty(Golden("strong-latency-labelled").Advice);

    [Fact]
    public void Filler_and_hedging_are_counted_per_occurrence()
    {
        var report = Coach.Analyze("Um, I think it was, um, maybe fine.");
        Assert.Contains(new TermCount("um", 2), report.Fillers);
        Assert.Contains(new TermCount("I think", 1), report.Hedges);
        Assert.Contains(new TermCount("maybe", 1), report.Hedges);
        Assert.Equal(Max(StarCriterion.Delivery) - 4, report.Breakdown.Single(i => i.Criterion == StarCriterion.Delivery).Earned);
    }

    [Fact]
    public void A_sentence_starting_with_my_counts_for_the_speaker()
    {
        var report = Coach.Analyze("Action: My first step was a pytest suite. We then shipped it.");
        Assert.Equal((1, 1), (report.FirstPersonCount, report.TeamCount));
        Assert.True(report.FirstPerson);
    }

    [Theory]
    [InlineData("We basically rewrote the importer around a queue.")]
    [InlineData("I finally split the job into hourly batches.")]
    public void An_adverb_between_the_speaker_and_the_verb_still_reads_as_action(string action)
    {
        var report = Coach.Analyze($"The nightly import kept failing. I had to make it reliable. {action} As a result it has not failed since.");
        Assert.Equal(action, report.Part(StarPart.Action).Text);
    }

    [Theory]
    [InlineData(218, "about 1.4 minutes")] // 1.45: one decimal would say 1.5, inside the aim
    [InlineData(376, "about 2.6 minutes")] // 2.51
    public void Length_outside_the_aim_is_never_shown_as_inside_it(int words, string shown)
    {
        var report = Coach.Analyze("Action: I " + string.Join(' ', Enumerable.Repeat("wrote", words - 1)) + ".");
        var length = report.Breakdown.Single(i => i.Criterion == StarCriterion.Length);
        Assert.Equal(Max(StarCriterion.Length) / 2, length.Earned);
        Assert.Contains(shown, length.Finding, StringComparison.Ordinal);
        Assert.Contains(shown.Replace(" minutes", "", StringComparison.Ordinal), length.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Tools_match_whole_words_only() =>
        Assert.DoesNotContain("pytest", Coach.Analyze("I wrote mypytests and a flaskish app.").Tools);

    [Fact]
    public void An_empty_answer_scores_low_without_throwing() => Assert.Equal(StarBand.Weak, Coach.Analyze("").Band);

    private static int Points(string advice) => int.Parse(advice[(advice.LastIndexOf('+') + 1)..advice.LastIndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture);
}
