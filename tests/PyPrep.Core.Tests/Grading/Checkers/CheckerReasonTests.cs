using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading.Checkers;

/// <summary>A wrong answer is explained by its first difference: where, and what differs.</summary>
public sealed class CheckerReasonTests
{
    private static PyValue V(string json) => TaggedJson.Decode(json);

    [Theory]
    [InlineData("5", "6", "expected 5, got 6")]
    [InlineData("[[1, 2], [3, 4]]", "[[1, 2], [3, 5]]", "at [1][1]: expected 4, got 5")]
    [InlineData("true", "1", "bool expected, got int (True is not 1 and False is not 0 here): expected True, got 1")]
    [InlineData("null", "\"\"", "NoneType expected, got str (None is a value of its own): expected None, got ''")]
    [InlineData("1", "{\"$t\":\"float\",\"v\":\"1.0\"}", "int expected, got float (1.0 is not 1 here)")]
    [InlineData("[1, 2, 3]", "[1, 2]", "3 items expected, got 2: missing [2] = 3")]
    [InlineData("[1, 2]", "[1, 2, 9]", "2 items expected, got 3: extra [2] = 9")]
    [InlineData("[1, 2, 3]", "[1, 5]", "at [1]: expected 2, got 5; also 3 items expected, got 2")]
    [InlineData("{\"$t\":\"dict\",\"v\":[[\"a\",1]]}", "{\"$t\":\"dict\",\"v\":[[\"a\",2]]}", "at ['a']: expected 1, got 2")]
    [InlineData("{\"$t\":\"dict\",\"v\":[[\"a\",1]]}", "{\"$t\":\"dict\",\"v\":[[\"b\",1]]}", "missing key 'a'")]
    [InlineData("{\"$t\":\"set\",\"v\":[1,2]}", "{\"$t\":\"set\",\"v\":[1,3]}", "missing 2; unexpected 3")]
    public void Exact_checker_names_the_first_difference(string expected, string actual, string reason)
    {
        var outcome = new ExactChecker().Check(V(expected), V(actual));
        Assert.False(outcome.Passed);
        Assert.StartsWith(reason, outcome.Reason);
    }

    [Fact]
    public void A_subclass_of_int_is_explained_as_not_an_int()
    {
        var outcome = new ExactChecker().Check(V("5"), new PyOpaque("MyInt", "5"));
        Assert.False(outcome.Passed);
        Assert.Contains("int expected, got a MyInt", outcome.Reason);
        Assert.Contains("is never an int", outcome.Reason);
        Assert.Contains("a subclass of a built-in type", outcome.Reason);
        Assert.Contains("return a plain int", outcome.Reason);
    }

    [Fact]
    public void A_subclass_inside_a_list_is_placed()
    {
        var outcome = new ExactChecker().Check(V("[\"a\", \"b\"]"), new PyList([new PyStr("a"), new PyOpaque("MyStr", "'b'")]));
        Assert.StartsWith("at [1]: str expected, got a MyStr", outcome.Reason);
    }

    [Fact]
    public void A_linked_list_difference_names_the_node()
    {
        var outcome = new ExactChecker().Check(new PyLinkedList([new PyInt(1), new PyInt(2)]), new PyLinkedList([new PyInt(1), new PyInt(3)]));
        Assert.Equal("at node 1: expected 2, got 3", outcome.Reason);
    }

    [Fact]
    public void The_reason_for_a_hidden_case_names_the_place_but_not_the_expected_value()
    {
        var outcome = new ExactChecker().Check(V("[[1, 2], [3, 424242]]"), V("[[1, 2], [3, 5]]"));
        Assert.Equal("at [1][1]: a different int value", outcome.ReasonFor(hidden: true));
        Assert.DoesNotContain("424242", outcome.ReasonFor(hidden: true));
        Assert.Contains("424242", outcome.ReasonFor(hidden: false));
    }

    [Fact]
    public void The_reason_for_a_hidden_case_does_not_reveal_the_expected_length()
    {
        var outcome = new ExactChecker().Check(V("[1, 2, 3, 4, 5, 6, 7]"), V("[1, 2]"));
        Assert.Equal("7 items expected, got 2: missing [2] = 3", outcome.Reason);
        Assert.Equal("got 2 items, fewer than expected", outcome.ReasonFor(hidden: true));
    }

    [Fact]
    public void Float_checker_says_the_values_are_beyond_the_tolerance()
    {
        var outcome = new FloatChecker().Check(V("{\"$t\":\"float\",\"v\":\"0.5\"}"), V("{\"$t\":\"float\",\"v\":\"0.6\"}"));
        Assert.Equal("expected 0.5, got 0.6 (more than a relative 1e-6 apart)", outcome.Reason);
    }

    [Fact]
    public void Unordered_checker_names_a_missing_and_an_unexpected_item()
    {
        var outcome = new UnorderedChecker().Check(V("[0, 1]"), V("[1, 2]"));
        Assert.Equal("missing 0; unexpected 2", outcome.Reason);
    }

    [Fact]
    public void Unordered_nested_checker_counts_groups()
    {
        var outcome = new UnorderedNestedChecker().Check(V("[[\"ate\", \"eat\"], [\"bat\"]]"), V("[[\"eat\", \"ate\", \"bat\"]]"));
        Assert.StartsWith("2 groups expected, got 1", outcome.Reason);
        Assert.Equal("got 1 group, fewer than expected", outcome.ReasonFor(hidden: true));
    }

    [Fact]
    public void A_passing_answer_has_no_reason()
    {
        var outcome = new ExactChecker().Check(V("[1, 2]"), V("[1, 2]"));
        Assert.True(outcome.Passed);
        Assert.Null(outcome.Reason);
    }
}
