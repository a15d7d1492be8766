namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>sum([x * x for x in xs])</c>, <c>any([...])</c>: a generator expression, no throwaway list.</summary>
internal sealed class ComprehensionInCallRule : IStyleRule
{
    private static readonly HashSet<string> Consumers = ["sum", "any", "all", "min", "max"];

    public string Id => "comprehension-in-call";
    public string Why => "Passing a list comprehension to sum/any/all/min/max builds a whole list just to consume it (and any/all lose their early exit); a generator expression avoids both.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var call in context.OfType("Call"))
        {
            if (PyAst.CalledName(call) is not { } name || !Consumers.Contains(name) || PyAst.Args(call) is not [{ Type: "ListComp" } list]) continue;
            var inner = context.Text(list)[1..^1];
            var alone = !PyAst.HasKeywords(call);
            yield return context.At(this, call, context.Source.Rewrite(list, alone ? inner : $"({inner})"));
        }
    }
}
