using PyPrep.Cli.Grading;

namespace PyPrep.Cli.Tests.Grading;

public sealed class DiffLinesTests
{
    [Fact]
    public void The_caret_points_at_the_first_differing_character()
    {
        var diff = DiffLines.From("[0, 1]", "[0, 0]", width: 60);
        Assert.Equal("[0, 1]", diff.Expected);
        Assert.Equal("[0, 0]", diff.Actual);
        Assert.Equal(4, diff.Caret);
    }

    [Fact]
    public void Identical_text_has_no_caret()
    {
        Assert.Null(DiffLines.From("5", "5", width: 60).Caret);
    }

    [Fact]
    public void A_shorter_answer_is_marked_where_it_ends()
    {
        Assert.Equal(5, DiffLines.From("[1, 2, 3]", "[1, 2]", width: 60).Caret);
    }

    [Fact]
    public void Long_values_are_cut_around_the_difference_and_keep_it_marked()
    {
        var expected = "[" + string.Join(", ", Enumerable.Range(0, 200)) + "]";
        var actual = expected.Replace("150, ", "151, ", StringComparison.Ordinal);
        var diff = DiffLines.From(expected, actual, width: 60);

        Assert.StartsWith("…", diff.Expected);
        Assert.EndsWith("…", diff.Expected);
        Assert.True(diff.Expected.Length <= 60 && diff.Actual.Length <= 60);
        var caret = diff.Caret!.Value;
        Assert.Equal('0', diff.Expected[caret]);
        Assert.Equal('1', diff.Actual[caret]);
        Assert.Equal(diff.Expected[..caret], diff.Actual[..caret]);
        Assert.Contains("150", diff.Expected);
    }
}
