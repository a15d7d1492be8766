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
        var batch = new AstBatch(this, sources);
        // Nothing of the candidate's runs here (the harness only parses), so there is no raw output to wait for.
        // One record per source (and done): a large batch needs more than the default cap on records.
        var request = new RunRequest(job, ResourceLimits.Default)
        {
            WaitForExit = false,
            OnRecord = batch.Read,
            MaxRecords = Math.Max(RunRequest.DefaultMaxRecords, sources.Count + 16),
        };
        return await batch.FinishAsync(await runner.RunAsync(request, cancellationToken));
    }

    /// <summary>
    /// Runs the rules on a job's only <c>ast</c> record (a grade job's): being the first, its
    /// <c>types</c> describe every class its tree uses.
    /// </summary>
    public StyleReport AnalyzeRecord(JsonElement record, string code)
    {
        var classes = new PyNodeClasses();
        if (AddClasses(classes, record) is { } unreadable) return new StyleReport { Error = unreadable };
        return record.TryGetProperty("tree", out var tree) ? Analyze(tree, classes, code) : new StyleReport { Error = "the sandbox sent no syntax tree" };
    }

    /// <summary>Numbers the classes an <c>ast</c> record's <c>types</c> lists, if any; the error to report when they cannot be read.</summary>
    internal static string? AddClasses(PyNodeClasses classes, JsonElement record)
    {
        if (!record.TryGetProperty("types", out var types)) return null;
        try
        {
            classes.Add(types);
            return null;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return Unreadable(e);
        }
    }

    private static string Unreadable(Exception e) => "the syntax tree could not be read: " + e.Message;

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
            return new StyleReport { Error = Unreadable(e) };
        }
        return new StyleReport { Findings = Check(module, code, rules) };
    }

    /// <summary>Every finding of <paramref name="rules"/> on a parsed module, ordered by position.</summary>
    public static IReadOnlyList<Finding> Check(PyNode module, string code, IReadOnlyList<IStyleRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var context = new StyleContext(module, new SourceText(code));
        var found = new List<(Finding Finding, int Rule)>();
        for (var rule = 0; rule < rules.Count; rule++)
        {
            foreach (var finding in Safely(rules[rule], context)) found.Add((finding, rule));
        }
        if (found.Count == 0) return [];
        return found.DistinctBy(f => (f.Finding.Rule, f.Finding.Line, f.Finding.Column))
            .OrderBy(f => f.Finding.Line).ThenBy(f => f.Finding.Column).ThenBy(f => f.Rule)
            .Select(f => f.Finding)
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
}
