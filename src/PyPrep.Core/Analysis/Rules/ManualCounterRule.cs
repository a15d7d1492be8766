namespace PyPrep.Core.Analysis.Rules;

/// <summary>Counting occurrences into a dict by hand: <c>collections.Counter</c>.</summary>
internal sealed class ManualCounterRule : IStyleRule
{
    public string Id => "manual-counter";
    public string Why => "Counting into a dict by hand is a few lines of branching that collections.Counter does in one readable call; interviewers look for it in frequency problems.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var statement in context.OfType("If"))
        {
            if (KeyUpdate.Match(context, statement) is not { Counting: true } update) continue;
            var statements = update.Use is not null && PyAst.NextStatement(statement) == update.Use ? 2 : 1;
            yield return context.At(this, statement, Suggest(context, statement, update.Dict, update.Key, statements));
        }

        // d[k] = d.get(k, 0) + 1 inside a loop.
        foreach (var assign in context.OfType("Assign"))
        {
            if (assign.Nodes("targets") is not [{ Type: "Subscript" } target] || assign.Node("value") is not { Type: "BinOp" } sum) continue;
            if (sum.Node("op") is not { Type: "Add" } || PyAst.IntValue(sum.Node("right")) != 1 || sum.Node("left") is not { } get) continue;
            if (PyAst.MethodName(get) != "get" || PyAst.Args(get) is not [var key, var zero] || PyAst.IntValue(zero) != 0) continue;
            var dict = context.Text(target.Node("value")!);
            if (context.Text(PyAst.Receiver(get)!) != dict || context.Text(key) != context.Text(target.Node("slice")!)) continue;
            if (PyAst.EnclosingLoop(assign) is null) continue;
            yield return context.At(this, assign, Suggest(context, assign, dict, context.Text(key), 1));
        }
    }

    /// <summary>The whole loop becomes <c>Counter(...)</c> when counting is all it does.</summary>
    private static string Suggest(StyleContext context, PyNode statement, string dict, string key, int statements)
    {
        if (statement.Parent is { Type: "For" } loop && statement.Field == "body" && loop.Nodes("body").Count == statements
            && loop.Nodes("orelse").Count == 0 && loop.Node("target") is { } target)
        {
            var items = context.Text(loop.Node("iter")!);
            var counted = context.Text(target) == key ? items : $"{key} for {context.Text(target)} in {items}";
            return $"{dict} = Counter({counted})";
        }
        return $"{dict}[{key}] += 1  # with {dict} = Counter()";
    }
}
