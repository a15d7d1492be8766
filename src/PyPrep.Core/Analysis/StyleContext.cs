namespace PyPrep.Core.Analysis;

/// <summary>What a rule looks at: the module's tree and its source, for positions and rewrites.</summary>
public sealed class StyleContext
{
    public StyleContext(PyNode module, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(source);
        Module = module;
        Source = source;
        Nodes = module.Walk().ToList();
        byType = Nodes.ToLookup(n => n.Type, StringComparer.Ordinal);
    }

    private readonly ILookup<string, PyNode> byType;

    public PyNode Module { get; }
    public SourceText Source { get; }
    /// <summary>Every node of the module, depth first in source order (walked once, shared by the rules).</summary>
    public IReadOnlyList<PyNode> Nodes { get; }

    /// <summary>Every node of the given AST class.</summary>
    public IEnumerable<PyNode> OfType(string type) => byType[type];

    /// <summary>The source of a node (see <see cref="SourceText.Of"/>).</summary>
    public string Text(PyNode node) => Source.Of(node);

    public Finding At(IStyleRule rule, PyNode node, string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(node);
        return new Finding(rule.Id, node.Line, node.Column, rule.Why, suggestion);
    }
}
