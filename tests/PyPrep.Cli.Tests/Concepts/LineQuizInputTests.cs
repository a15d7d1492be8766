using PyPrep.Cli.Concepts;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using Spectre.Console;

namespace PyPrep.Cli.Tests.Concepts;

public sealed class LineQuizInputTests
{
    private static LineQuizInput Input(string text) =>
        new(new StringReader(text), AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }));

    private static readonly ConceptItem Choice = new()
    {
        Id = "c", Kind = ConceptKind.Choice, Topic = "t", Level = Level.Junior, Question = "q", Explanation = "e",
        File = "f", Line = 1, Options = ["x", "y", "z"], Correct = [0, 2], Multiple = true,
    };

    [Fact]
    public void Output_is_read_up_to_an_empty_line()
    {
        var input = Input("1\n2\n\nnext\n");
        Assert.Equal("1\n2", input.ReadLines("p"));
        Assert.Equal("next", input.ReadLines("p"));
        Assert.Null(input.ReadLines("p"));
    }

    [Fact]
    public void Choices_skip_lines_that_name_no_option()
    {
        var input = Input("q\na c\n");
        Assert.Equal([0, 2], input.ReadChoice(Choice));
        Assert.Null(input.ReadChoice(Choice));
    }

    [Fact]
    public void Key_points_are_numbered_from_one_and_may_be_none()
    {
        var input = Input("1 3\n\n9\n2\n");
        Assert.Equal([0, 2], input.ReadKeyPoints(["a", "b", "c"]));
        Assert.Empty(input.ReadKeyPoints(["a", "b", "c"])!);
        Assert.Equal([1], input.ReadKeyPoints(["a", "b", "c"]));
    }
}
