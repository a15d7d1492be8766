namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>def f(x=[])</c>: the default is created once and shared by every call; use <c>None</c>.</summary>
internal sealed class MutableDefaultArgRule : IStyleRule
{
    private static readonly HashSet<string> MutableFactories = ["list", "dict", "set", "bytearray", "defaultdict", "OrderedDict", "Counter", "deque"];

    public string Id => "mutable-default-arg";
    public string Why => "A mutable default is built once when the function is defined and shared by every call, so state leaks between calls; this is one of the most-asked Python gotchas.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var arguments in context.OfType("arguments"))
        {
            foreach (var value in arguments.Nodes("defaults").Concat(arguments.Nodes("kw_defaults")))
            {
                if (!IsMutable(value)) continue;
                yield return context.At(this, value, Suggest(context, arguments, value));
            }
        }
    }

    private static string? Suggest(StyleContext context, PyNode arguments, PyNode value)
    {
        if (value.Line != value.EndLine) return null;
        // The parameter is the last one that starts before its default.
        var parameter = arguments.Nodes("posonlyargs").Concat(arguments.Nodes("args")).Concat(arguments.Nodes("kwonlyargs"))
            .Where(a => (a.Line, a.Column).CompareTo((value.Line, value.Column)) < 0)
            .MaxBy(a => (a.Line, a.Column))?.Text("arg");
        var line = context.Source.Rewrite(value, "None");
        return parameter is null || arguments.Parent?.Type == "Lambda"
            ? line
            : $"{line}\n    if {parameter} is None:\n        {parameter} = {context.Text(value)}";
    }

    private static bool IsMutable(PyNode value) => value.Type is "List" or "Dict" or "Set" or "ListComp" or "DictComp" or "SetComp"
        || (value.Type == "Call" && (PyAst.CalledName(value) ?? PyAst.MethodName(value)) is { } name && MutableFactories.Contains(name));
}
