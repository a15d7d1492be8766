namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>for i in range(len(xs))</c> whose body reads <c>xs[i]</c>: iterate the items, with <c>enumerate</c> or <c>zip</c>.</summary>
internal sealed class RangeLenLoopRule : IStyleRule
{
    public string Id => "range-len-loop";
    public string Why => "Indexing with range(len(...)) reads like C; interviewers expect you to loop over the items (with enumerate when you need the index), which is shorter and has no off-by-one risk.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var loop in context.OfType("For"))
        {
            if (PyAst.NameId(loop.Node("target")) is not { } index) continue;
            if (loop.Node("iter") is not { } iter || !PyAst.IsCallTo(iter, "range") || PyAst.HasKeywords(iter)) continue;
            // range(len(xs)) or range(0, len(xs)); other starts and steps are genuine index walks.
            var length = PyAst.Args(iter) switch
            {
                [var only] => only,
                [var start, var end] when PyAst.IntValue(start) == 0 => end,
                _ => null,
            };
            if (length is null) continue;
            if (!PyAst.IsCallTo(length, "len") || PyAst.Args(length).Count != 1) continue;
            var sequence = PyAst.Args(length)[0];
            if (sequence.Type is not ("Name" or "Attribute")) continue;
            var sequenceText = context.Text(sequence);

            var body = loop.Nodes("body").SelectMany(s => s.Walk()).ToList();
            if (body.Any(n => n.Type == "Name" && n.Text("id") == index && PyAst.IsStore(n))) continue;
            var indexed = body.Where(n => n.Type == "Subscript" && PyAst.IsName(n.Node("slice"), index) && n.Node("value") is { Type: "Name" or "Attribute" }).ToList();
            if (!indexed.Any(n => !PyAst.IsStore(n) && context.Text(n.Node("value")!) == sequenceText)) continue;

            // The index is still needed when it is used for anything but reading items.
            var indexNeeded = body.Any(n => n.Type == "Name" && n.Text("id") == index &&
                !(n.Field == "slice" && n.Parent is { Type: "Subscript" } s && !PyAst.IsStore(s)));
            var others = indexed.Where(n => !PyAst.IsStore(n)).Select(n => context.Text(n.Node("value")!))
                .Where(t => t != sequenceText).Distinct(StringComparer.Ordinal).ToList();
            yield return context.At(this, loop, Suggest(context, loop, index, sequenceText, others.Count == 1 ? others[0] : null, indexNeeded));
        }
    }

    private static string Suggest(StyleContext context, PyNode loop, string index, string sequence, string? other, bool indexNeeded)
    {
        var taken = PyAst.WalkScope(PyAst.Scope(loop)).Where(n => n.Type == "Name").Select(n => n.Text("id")).ToHashSet(StringComparer.Ordinal);
        string Fresh(string text)
        {
            var name = PyAst.Singular(text);
            return taken.Contains(name) || name == index ? name + "_value" : name;
        }
        var item = Fresh(sequence);
        if (other is null)
            return indexNeeded ? $"for {index}, {item} in enumerate({sequence}):" : $"for {item} in {sequence}:";
        var second = Fresh(other);
        if (second == item) second += "_2";
        return indexNeeded
            ? $"for {index}, ({item}, {second}) in enumerate(zip({sequence}, {other})):"
            : $"for {item}, {second} in zip({sequence}, {other}):";
    }
}
