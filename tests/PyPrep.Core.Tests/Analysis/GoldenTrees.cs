using PyPrep.Core.Analysis;
using PyPrep.Sandbox;

namespace PyPrep.Core.Tests.Analysis;

/// <summary>
/// Analyses every golden case once, through the real sandbox (CPython's own parser) in one
/// batched run, so the golden tests exercise the same path as <c>pyprep lint</c>.
/// </summary>
public sealed class GoldenTrees : IAsyncLifetime
{
    private readonly Dictionary<string, StyleReport> reports = new(StringComparer.Ordinal);

    internal StyleReport For(GoldenCase golden) => reports[golden.Id];

    public async Task InitializeAsync()
    {
        await using var pool = new WarmPool(new SandboxOptions { WarmSlots = 0 });
        var analyzer = new StyleAnalyzer(new BubblewrapRunner(pool));
        var cases = GoldenCase.All;
        var results = await analyzer.AnalyzeManyAsync(cases.Select(c => c.Code).ToList());
        for (var i = 0; i < cases.Count; i++) reports[cases[i].Id] = results[i];
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
