namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>open(...)</c> not managed by <c>with</c>: a context manager closes the file even on errors.</summary>
internal sealed class OpenWithoutWithRule : IStyleRule
{
    public string Id => "open-without-with";
    public string Why => "A file opened without `with` stays open when an exception skips close(); the context manager is the resource-safety habit interviewers check for.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        if (context.Nodes.Any(n => n.Type is "FunctionDef" or "AsyncFunctionDef" && n.Text("name") == "open")) yield break;
        foreach (var call in context.OfType("Call"))
        {
            if (!PyAst.IsCallTo(call, "open")) continue;
            var parent = call.Parent;
            if (parent is { Type: "withitem" } || parent is { Type: "Return" or "Yield" or "YieldFrom" }) continue;
            if (parent is { Type: "Call" } outer && PyAst.MethodName(outer) == "enter_context") continue;
            yield return context.At(this, call, Suggest(context, call));
        }
    }

    private static string Suggest(StyleContext context, PyNode call)
    {
        var open = context.Text(call);
        var statement = PyAst.Statement(call);
        if (statement is { Type: "Assign" } assign && assign.Node("value") == call && assign.Nodes("targets") is [{ Type: "Name" } target])
            return $"with {open} as {context.Text(target)}:";
        if (statement is not null && call.Field == "value" && call.Parent is { Type: "Attribute" })
            return $"with {open} as f:\n    {context.Source.Rewrite(call, "f")}";
        return $"with {open} as f:";
    }
}
