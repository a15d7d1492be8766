namespace PyPrep.Core.Analysis.Rules;

/// <summary>A name bound in a function or module scope, where it is written (for rename rewrites).</summary>
internal sealed record Binding(string Name, PyNode Node, PyNode Scope, string Kind)
{
    /// <summary>
    /// Every binding, in source order: assignments, loop and with targets, parameters, function and
    /// class names, import aliases, except names and walrus targets. Names bound in a class body
    /// are attributes, not variables, and are left out.
    /// </summary>
    public static IEnumerable<Binding> All(StyleContext context)
    {
        foreach (var node in context.Nodes)
        {
            switch (node.Type)
            {
                case "Name" when PyAst.IsStore(node) && node.Parent?.Type != "comprehension":
                    var owner = PyAst.Scope(node);
                    if (owner.Type != "ClassDef") yield return new Binding(node.Text("id")!, node, owner, "variable");
                    break;
                case "arg":
                    if (node.Parent?.Parent is { } function) yield return new Binding(node.Text("arg")!, node, function, "parameter");
                    break;
                case "FunctionDef" or "AsyncFunctionDef" or "ClassDef":
                    var scope = PyAst.Scope(node);
                    yield return new Binding(node.Text("name")!, node, scope, node.Type == "ClassDef" ? "class" : scope.Type == "ClassDef" ? "method" : "function");
                    break;
                case "alias" when node.Text("asname") is { } alias:
                    yield return new Binding(alias, node, PyAst.Scope(node), "import");
                    break;
                case "ExceptHandler" when node.Text("name") is { } caught:
                    yield return new Binding(caught, node, PyAst.Scope(node), "variable");
                    break;
            }
        }
    }
}
