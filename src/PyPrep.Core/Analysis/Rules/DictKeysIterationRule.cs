namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>for k in d.keys()</c>, <c>k in d.keys()</c>: a dict iterates and tests its keys itself.</summary>
internal sealed class DictKeysIterationRule : IStyleRule
{
    public string Id => "dict-keys-iteration";
    public string Why => "A dict already iterates over its keys and answers `k in d` in O(1); calling .keys() adds noise and suggests you don't know that.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var call in context.OfType("Call"))
        {
            if (PyAst.MethodName(call) != "keys" || PyAst.Args(call).Count > 0 || PyAst.HasKeywords(call)) continue;
            var inLoop = call.Field == "iter" && call.Parent is { Type: "For" or "AsyncFor" or "comprehension" };
            var inTest = call.Field == "comparators" && call.Parent is { Type: "Compare" } compare && compare.Nodes("ops") is [{ Type: "In" or "NotIn" }];
            if (!inLoop && !inTest) continue;
            yield return context.At(this, call, context.Source.Rewrite(call, context.Text(PyAst.Receiver(call)!)));
        }
    }
}
