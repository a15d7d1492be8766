using System.Text.Json;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;

namespace PyPrep.Core.Tests.Grading;

/// <summary>The order a grading job's records must come in; the first record out of it was written by the submission.</summary>
public sealed class GradingRecordOrderTests
{
    private static HarnessRecord Record(string json)
    {
        var element = JsonDocument.Parse(json).RootElement.Clone();
        return new HarnessRecord(element.GetProperty("t").GetString()!, element, 0);
    }

    private static readonly HarnessRecord Unreadable = new(HarnessRecord.Unreadable, default, 0);

    private static HarnessRecord Case(int i) => Record($$"""{"t":"case","i":{{i}},"ok":true,"value":1}""");

    /// <summary>How many records are in order, and what the first one out of order was.</summary>
    private static (int InOrder, string? Violation, int NextCase) Check(int cases, params HarnessRecord[] records)
    {
        var order = new GradingRecordOrder(cases);
        var count = order.CountInOrder(records);
        return (count, order.Violation, order.NextCase);
    }

    [Fact]
    public void What_the_harness_sends_is_in_order()
    {
        Assert.Equal((6, null, 3), Check(3, Record("""{"t":"ast","tree":[]}"""), Record("""{"t":"loaded"}"""), Case(0), Case(1), Case(2), Record("""{"t":"done"}""")));
        Assert.Equal((5, null, 3), Check(3, Record("""{"t":"loaded"}"""), Case(0), Case(1), Case(2), Record("""{"t":"done"}""")));
        Assert.Equal((2, null, 0), Check(0, Record("""{"t":"loaded"}"""), Record("""{"t":"done"}""")));
    }

    [Theory]
    [InlineData("""{"t":"missing_library","module":"numpy","message":""}""")]
    [InlineData("""{"t":"syntax_error","line":1,"column":1,"message":"invalid syntax"}""")]
    [InlineData("""{"t":"load_error","error":{"type":"ValueError","message":"","traceback":""},"stdout":""}""")]
    public void A_load_verdict_is_followed_only_by_done(string verdict)
    {
        Assert.Equal((3, null, 0), Check(2, Record("""{"t":"ast","tree":[]}"""), Record(verdict), Record("""{"t":"done"}""")));
        var (inOrder, violation, _) = Check(2, Record(verdict), Record("""{"t":"loaded"}"""), Case(0));
        Assert.Equal(1, inOrder);
        Assert.Contains("'loaded' record after", violation);
    }

    [Fact]
    public void A_run_that_stops_early_breaks_no_order()
    {
        // A killed or crashed sandbox sends fewer records; the judge reports the missing ones.
        Assert.Equal((3, null, 2), Check(3, Record("""{"t":"loaded"}"""), Case(0), Case(1)));
    }

    [Fact]
    public void A_record_for_a_later_case_breaks_the_order_at_the_case_that_was_due()
    {
        var (inOrder, violation, next) = Check(3, Record("""{"t":"loaded"}"""), Case(1), Case(0));
        Assert.Equal(1, inOrder);
        Assert.Equal(0, next);
        Assert.Equal("a record for case 2 when case 1's was due", violation);
    }

    [Fact]
    public void A_duplicate_case_breaks_the_order()
    {
        var (inOrder, _, next) = Check(3, Record("""{"t":"loaded"}"""), Case(0), Case(0), Case(1));
        Assert.Equal(2, inOrder);
        Assert.Equal(1, next);
    }

    [Theory]
    [InlineData("""{"t":"missing_library","module":"numpy","message":""}""")]
    [InlineData("""{"t":"syntax_error","line":1,"column":1,"message":"x"}""")]
    [InlineData("""{"t":"load_error","error":{},"stdout":""}""")]
    [InlineData("""{"t":"loaded"}""")]
    [InlineData("""{"t":"ast","tree":[]}""")]
    [InlineData("""{"t":"ready"}""")]
    [InlineData("""{"t":"sample","n":1,"seconds":0}""")]
    [InlineData("""{"t":"case","ok":true,"value":1}""")]
    [InlineData("""{"t":"case","i":"0","ok":true,"value":1}""")]
    [InlineData("""{"t":"done"}""")]
    public void Anything_but_the_next_case_breaks_the_order_once_the_module_has_loaded(string json)
    {
        var (inOrder, violation, next) = Check(2, Record("""{"t":"loaded"}"""), Case(0), Record(json));
        Assert.Equal(2, inOrder);
        Assert.Equal(1, next);
        Assert.NotNull(violation);
    }

    [Fact]
    public void Nothing_may_follow_done_or_a_case_past_the_last()
    {
        Assert.Equal(4, Check(2, Record("""{"t":"loaded"}"""), Case(0), Case(1), Record("""{"t":"done"}"""), Record("""{"t":"done"}""")).InOrder);
        var (inOrder, violation, _) = Check(2, Record("""{"t":"loaded"}"""), Case(0), Case(1), Case(2));
        Assert.Equal(3, inOrder);
        Assert.Equal("a record for case 3 after the last case", violation);
    }

    [Fact]
    public void A_case_record_before_the_module_loaded_breaks_the_order()
    {
        var (inOrder, violation, next) = Check(2, Case(0), Record("""{"t":"loaded"}"""));
        Assert.Equal(0, inOrder);
        Assert.Equal(0, next);
        Assert.Equal("a record for case 1 before the module had loaded", violation);
    }

    [Fact]
    public void An_unreadable_line_takes_the_turn_of_the_record_it_stands_for()
    {
        // An answer (or a syntax tree) nested deeper than the host parses: it fails its own case, in its turn.
        Assert.Equal((5, null, 2), Check(2, Unreadable, Record("""{"t":"loaded"}"""), Case(0), Unreadable, Record("""{"t":"done"}""")));
        // Anywhere else, nothing of the harness's could have been unreadable.
        Assert.Equal(3, Check(2, Record("""{"t":"loaded"}"""), Case(0), Case(1), Unreadable).InOrder);
        Assert.Equal("a line that is not a record after 'syntax_error'",
            Check(2, Record("""{"t":"syntax_error","line":1,"column":1,"message":"x"}"""), Unreadable).Violation);
    }

    [Fact]
    public void Once_broken_the_order_accepts_nothing()
    {
        var order = new GradingRecordOrder(2);
        Assert.True(order.Accept(Record("""{"t":"loaded"}""")));
        Assert.False(order.Accept(Case(1)));
        Assert.False(order.Accept(Case(0)));
        Assert.Equal(0, order.NextCase);
    }
}
