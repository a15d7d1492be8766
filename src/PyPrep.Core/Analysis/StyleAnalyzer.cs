using System.Text.Json;
using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Core.Analysis;

/// <summary>
/// Pythonic-style feedback (DESIGN.md decision 6): CPython parses the code in the sandbox and sends
/// its <c>ast</c> as JSON; the rules run here, as pure functions over that tree.
/// </summary>
public sealed class StyleAnalyzer(ICodeRunner runner, IReadOnlyList<IStyleRule>? rules = null)
{
    private readonly IReadOnlyList<IStyleRule> rules = rules ?? StyleRules.Default;

    /// <summary>Parses <paramref name="code"/> in the sandbox and runs every rule on it.</summary>
    public async Task<StyleReport> AnalyzeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var reports = await AnalyzeManyAsync([code], cancellationToken);
        return reports[0];
    }

    /// <summary>Analyses many sources with one sandbox run: one interpreter start for the whole batch.</summary>
    public async Task<IReadOnlyList<StyleReport>> AnalyzeManyAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0) return [];
        var job = new JsonObject { ["mode"] = "ast", ["sources"] = new JsonArray(sources.Select(s => (JsonNode?)s).ToArray()) };
        var outcome = await runner.RunAsync(new RunRequest(job, ResourceLimits.Default), cancellationToken);
        var reports = new StyleReport?[sources.Count];
        var classes = new PyNodeClasses();
        string? broken = null;
        foreach (var record in outcome.Records)
        {
            if (record.Type == "ast" && broken is null && record.Body.TryGetProperty("types", out var types))
            {
                // Later trees number their nodes' classes after these: a table that cannot be read
                // leaves every later tree unreadable too.
                try { classes.Add(types); }
                catch (Exception e) when (e is FormatException or InvalidOperationException) { broken = "the syntax tree could not be read: " + e.Message; }
            }
            if (!record.Body.TryGetProperty("i", out var i) || !i.TryGetInt32(out var index) || index < 0 || index >= sources.Count || reports[index] is not null) continue;
            reports[index] = record.Type switch
            {
                "ast" when broken is not null => new StyleReport { Error = broken },
                "ast" when record.Body.TryGetProperty("tree", out var tree) => Analyze(tree, classes, sources[index]),
                "syntax_error" => SyntaxErrorReport(record.Body),
                _ => null,
            };
        }
        var missing = $"the sandbox sent no syntax tree ({outcome.Termination})";
        return reports.Select(r => r ?? new StyleReport { Error = missing }).ToList();
    }

    /// <summary>Runs the rules on a tree the harness produced for <paramref name="code"/>.</summary>
    public StyleReport Analyze(JsonElement tree, PyNodeClasses classes, string code)
    {
        PyNode module;
        try
        {
            module = PyNode.FromJson(tree, classes);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return new StyleReport { Error = "the syntax tree could not be read: " + e.Message };
        }
        return new StyleReport { Findings = Check(module, code, rules) };
    }

    /// <summary>Every finding of <paramref name="rules"/> on a parsed module, ordered by position.</summary>
    public static IReadOnlyList<Finding> Check(PyNode module, string code, IReadOnlyList<IStyleRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var context = new StyleContext(module, new SourceText(code));
        var order = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return rules.SelectMany(r => Safely(r, context))
            .DistinctBy(f => (f.Rule, f.Line, f.Column))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => order[f.Rule])
            .ToList();
    }

    /// <summary>
    /// A rule that trips over a tree shape nobody foresaw says nothing rather than sinking the
    /// whole report (and the grading it sits beside); golden tests catch the silence.
    /// </summary>
    private static List<Finding> Safely(IStyleRule rule, StyleContext context)
    {
        try
        {
            return rule.Check(context).ToList();
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or KeyNotFoundException)
        {
            return [];
        }
    }

    private static StyleReport SyntaxErrorReport(JsonElement body)
    {
        var line = body.TryGetProperty("line", out var l) && l.TryGetInt32(out var n) ? n : 0;
        var message = body.TryGetProperty("message", out var m) ? m.GetString() : "invalid syntax";
        return new StyleReport { SyntaxError = $"line {line}: {message}" };
    }
}
