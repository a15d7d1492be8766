using System.Text.Json;
using System.Text.Json.Nodes;
using PyPrep.Core.Analysis;
using PyPrep.Core.Running;

namespace PyPrep.Core.Tests.Analysis;

public sealed class StyleAnalyzerTests
{
    /// <summary>
    /// A runner that answers with canned records, to test what the analyzer does with them; it
    /// streams the first <c>Streamed</c> of them to <see cref="RunRequest.OnRecord"/>, as the sandbox does.
    /// </summary>
    private sealed class CannedRunner(params string[] records) : ICodeRunner
    {
        public JsonObject? Job { get; private set; }
        public int Streamed { get; init; }

        public Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
        {
            Job = request.Job;
            var parsed = records.Select(r => JsonDocument.Parse(r).RootElement)
                .Select(e => new HarnessRecord(e.GetProperty("t").GetString()!, e, 0)).ToList();
            foreach (var record in parsed.Take(Streamed)) request.OnRecord?.Invoke(record);
            return Task.FromResult(new RunOutcome { Records = parsed, Termination = Termination.Exited });
        }
    }

    [Fact]
    public async Task Syntax_errors_are_reported_not_thrown()
    {
        var runner = new CannedRunner("""{"t":"syntax_error","i":0,"line":3,"column":1,"message":"invalid syntax"}""");
        var report = await new StyleAnalyzer(runner).AnalyzeAsync("def f(:\n");
        Assert.Equal("line 3: invalid syntax", report.SyntaxError);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task A_missing_tree_is_an_error_for_that_source_only()
    {
        var runner = new CannedRunner("""{"t":"ast","i":1,"types":[["Module",["body","type_ignores"],false]],"tree":[0,[],[]]}""");
        var reports = await new StyleAnalyzer(runner).AnalyzeManyAsync(["a = 1", "b = 2"]);
        Assert.NotNull(reports[0].Error);
        Assert.True(reports[1].Analyzed);
        Assert.Equal(2, runner.Job!["sources"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Trees_read_as_they_stream_or_after_the_run_give_the_same_reports(int streamed)
    {
        // The second tree uses class numbers the first record described.
        var runner = new CannedRunner(
            """{"t":"ast","i":0,"types":[["Module",["body","type_ignores"],false],["Compare",["left","ops","comparators"],true],["Name",["id","ctx"],true],["Load",[],false],["Eq",[],false],["Constant",["value","kind"],true],["Expr",["value"],true]],"tree":[0,[[6,1,0,1,9,[1,1,0,1,9,[2,1,0,1,1,"x",[3]],[[4]],[[5,1,5,1,9,null,null]]]]],[]]}""",
            """{"t":"ast","i":1,"tree":[0,[[6,1,0,1,9,[1,1,0,1,9,[2,1,0,1,1,"y",[3]],[[4]],[[5,1,5,1,9,null,null]]]]],[]]}""",
            """{"t":"done"}""") { Streamed = streamed };

        var reports = await new StyleAnalyzer(runner).AnalyzeManyAsync(["x == None", "y == None"]);

        Assert.All(reports, r => Assert.Equal("compare-to-none", Assert.Single(r.Findings).Rule));
    }
}
