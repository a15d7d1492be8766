namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>i = 0</c> then <c>for x in xs: ...; i += 1</c>: <c>enumerate</c> keeps the index for you.</summary>
internal sealed class ManualIndexCounterRule : IStyleRule
{
    public string Id => "manual-index-counter";
    public string Why => "Keeping your own index next to a for loop is easy to get wrong (a `continue` skips the increment); enumerate() hands you the index with the item, the idiom interviewers look for.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var loop in context.OfType("For"))
        {
            var body = loop.Nodes("body");
            var increments = body.Where(s => s.Type == "AugAssign" && s.Node("op") is { Type: "Add" } && s.Node("target") is { Type: "Name" } && PyAst.IntValue(s.Node("value")) == 1).ToList();
            if (increments.Count != 1) continue;
            var counter = increments[0].Node("target")!.Text("id")!;
            var nodes = body.SelectMany(s => s.Walk()).ToList();
            // The counter is only moved by that one increment, and read inside the loop as an index.
            if (nodes.Count(n => PyAst.IsName(n, counter) && !n.Node("ctx")!.Is("Load")) != 1) continue;
            if (!nodes.Any(n => PyAst.IsName(n, counter) && n.Node("ctx")!.Is("Load"))) continue;
            if (PyAst.NamesIn(loop.Node("target")!, counter).Any()) continue;
            if (HasOwnContinue(loop) || Start(loop, counter) is not { } start) continue;
            // Read after the increment, the counter is one ahead of the item's position.
            var at = body.ToList().IndexOf(increments[0]);
            bool ReadIn(IEnumerable<PyNode> statements) => statements.SelectMany(s => s.Walk()).Any(n => PyAst.IsName(n, counter) && n.Node("ctx")!.Is("Load"));
            var (before, after) = (ReadIn(body.Take(at)), ReadIn(body.Skip(at + 1)));
            if (before && after) continue;
            if (after) start++;
            var target = context.Text(loop.Node("target")!);
            if (loop.Node("target")!.Type == "Tuple") target = $"({target})";
            var items = context.Text(loop.Node("iter")!);
            var numbered = start == 0 ? $"enumerate({items})" : $"enumerate({items}, start={start})";
            yield return context.At(this, loop, $"for {counter}, {target} in {numbered}:");
        }
    }

    /// <summary>The value the counter is set to before the loop, in the same block, untouched in between.</summary>
    private static long? Start(PyNode loop, string counter)
    {
        if (PyAst.Siblings(loop) is not var (block, index)) return null;
        for (var i = index - 1; i >= 0; i--)
        {
            var statement = block[i];
            if (statement.Type == "Assign" && statement.Nodes("targets") is [var target] && PyAst.IsName(target, counter))
                return PyAst.IntValue(statement.Node("value"));
            if (PyAst.NamesIn(statement, counter).Any()) return null;
        }
        return null;
    }

    /// <summary>A <c>continue</c> that belongs to this loop (not to a nested one) would skip the increment.</summary>
    private static bool HasOwnContinue(PyNode loop) => loop.Nodes("body").SelectMany(s => s.Walk()).Any(n =>
        n.Type == "Continue" && n.Ancestors().First(a => a.Type is "For" or "AsyncFor" or "While") == loop);
}
