using System.Diagnostics;
using System.Text.Json.Nodes;
using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Running;
using PyPrep.Sandbox;

namespace PyPrep.Bench.Style;

/// <summary>
/// Where the time goes (STYLE_PROFILE=1): the sandbox run, building the trees, and each rule
/// over the whole corpus, on stderr.
/// </summary>
internal static class Profile
{
    public static async Task RunAsync(IReadOnlyList<LabelledSnippet> snippets)
    {
        await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 0 });
        var runner = new BubblewrapRunner(pool);
        var job = new JsonObject { ["mode"] = "ast", ["sources"] = new JsonArray(snippets.Select(s => (JsonNode?)s.Code).ToArray()) };
        var c0 = Stopwatch.StartNew();
        var outcome = await runner.RunAsync(new RunRequest(job, ResourceLimits.Default));
        Console.Error.WriteLine($"profile: run {c0.ElapsedMilliseconds} ms, sandbox cpu {outcome.CpuMs} ms, records {outcome.Records.Count}, last record at {outcome.Records[^1].AtMs:0} ms, first at {outcome.Records[0].AtMs:0}");
        var classes = new PyNodeClasses();
        foreach (var record in outcome.Records.Where(r => r.Type == "ast" && r.Body.TryGetProperty("types", out _))) classes.Add(record.Body.GetProperty("types"));
        var trees = outcome.Records.Where(r => r.Type == "ast").Select(r => r.Body.GetProperty("tree")).ToList();
        var analyzer = new StyleAnalyzer(runner);
        for (var rep = 0; rep < 5; rep++)
        {
            var cpu0 = Environment.CpuUsage.TotalTime.TotalMilliseconds;
            var c1 = Stopwatch.StartNew();
            var modules = trees.Select(t => PyNode.FromJson(t, classes)).ToList();
            var build = c1.Elapsed.TotalMilliseconds;
            var cpu1 = Environment.CpuUsage.TotalTime.TotalMilliseconds;
            for (var i = 0; i < trees.Count; i++) analyzer.Analyze(trees[i], classes, snippets[i].Code);
            if (rep == 4)
            {
                var contexts = modules.Select((m, i) => new StyleContext(m, new SourceText(snippets[i].Code))).ToList();
                foreach (var rule in StyleRules.Default)
                {
                    var r0 = Environment.CpuUsage.TotalTime.TotalMilliseconds;
                    var w0 = Stopwatch.StartNew();
                    for (var k = 0; k < 20; k++) foreach (var context in contexts) rule.Check(context).ToList();
                    Console.Error.WriteLine($"profile: {rule.Id} x20: {w0.Elapsed.TotalMilliseconds:0} ms wall, {Environment.CpuUsage.TotalTime.TotalMilliseconds - r0:0} ms cpu");
                }
            }
            Console.Error.WriteLine($"profile: build trees {build:0.0} ms (cpu {cpu1 - cpu0:0}), build+analyse {c1.Elapsed.TotalMilliseconds - build:0.0} ms (cpu {Environment.CpuUsage.TotalTime.TotalMilliseconds - cpu1:0})");
        }
    }
}
