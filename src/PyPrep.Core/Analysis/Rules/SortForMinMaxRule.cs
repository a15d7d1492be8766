namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>sorted(xs)[0]</c>, <c>sorted(xs)[-1]</c>: <c>min</c>/<c>max</c> in O(n) instead of sorting.</summary>
internal sealed class SortForMinMaxRule : IStyleRule
{
    public string Id => "sort-for-min-max";
    public string Why => "Sorting to take one end costs O(n log n) where min() or max() is O(n); interviewers notice when the complexity is higher than the task needs.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var subscript in context.OfType("Subscript"))
        {
            if (subscript.Node("value") is not { } call || !PyAst.IsCallTo(call, "sorted") || PyAst.Args(call) is not [var items] || items.Type == "Starred") continue;
            if (PyAst.IntValue(subscript.Node("slice")) is not (0 or -1) || PyAst.IsStore(subscript)) continue;
            var keywords = call.Nodes("keywords");
            if (keywords.Any(k => k.Text("arg") is not ("key" or "reverse"))) continue;
            var reverse = keywords.FirstOrDefault(k => k.Text("arg") == "reverse")?.Node("value");
            if (reverse is not null && PyAst.BoolValue(reverse) is null) continue;
            var largest = (PyAst.IntValue(subscript.Node("slice")) == -1) != (PyAst.BoolValue(reverse) == true);
            var key = keywords.FirstOrDefault(k => k.Text("arg") == "key") is { } k ? $", key={context.Text(k.Node("value")!)}" : "";
            var function = largest ? "max" : "min";
            yield return context.At(this, subscript, context.Source.Rewrite(subscript, $"{function}({context.Text(items)}{key})"));
        }
    }
}
