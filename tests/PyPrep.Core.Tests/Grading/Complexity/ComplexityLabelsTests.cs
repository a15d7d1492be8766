using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Core.Tests.Grading.Complexity;

public sealed class ComplexityLabelsTests
{
    [Theory]
    [InlineData("O(1)", ComplexityClass.Constant)]
    [InlineData("O(log n)", ComplexityClass.Logarithmic)]
    [InlineData("O(n)", ComplexityClass.Linear)]
    [InlineData("O(n log n)", ComplexityClass.Linearithmic)]
    [InlineData("O(n^2)", ComplexityClass.Quadratic)]
    [InlineData("O(n²)", ComplexityClass.Quadratic)]
    [InlineData("O(n^3)", ComplexityClass.Cubic)]
    [InlineData("O(2^n)", ComplexityClass.Exponential)]
    [InlineData("o(nlogn)", ComplexityClass.Linearithmic)]
    public void Labels_of_challenge_yaml_parse_to_their_class(string label, ComplexityClass expected)
    {
        Assert.True(ComplexityLabels.TryParse(label, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("O(n!)")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_labels_do_not_parse(string? label) => Assert.False(ComplexityLabels.TryParse(label, out _));

    [Fact]
    public void Every_class_prints_the_contract_label_and_parses_back()
    {
        foreach (var complexity in ComplexityLabels.All)
        {
            Assert.True(ComplexityLabels.TryParse(ComplexityLabels.Label(complexity), out var back));
            Assert.Equal(complexity, back);
        }
    }

    [Fact]
    public void Curves_are_one_at_the_scale_and_smaller_below_it()
    {
        foreach (var complexity in ComplexityLabels.All.Where(c => c != ComplexityClass.Constant))
        {
            Assert.Equal(1, ComplexityLabels.Curve(complexity, 1024, 1024), 9);
            Assert.True(ComplexityLabels.Curve(complexity, 512, 1024) < 1);
        }
    }
}
