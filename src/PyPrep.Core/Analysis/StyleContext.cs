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
        Collect(module);
        Nodes = nodes;
    }

    private readonly List<PyNode> nodes = [];
    private IReadOnlyList<Rules.Binding>? bindings;
    private readonly Dictionary<string, List<PyNode>> byType = new(StringComparer.Ordinal);

    public PyNode Module { get; }
    public SourceText Source { get; }
    /// <summary>Every node of the module, depth first in source order (walked once, shared by the rules).</summary>
    public IReadOnlyList<PyNode> Nodes { get; }

    /// <summary>Every name the module binds (see <see cref="Rules.Binding.All"/>), found once for the rules that read them.</summary>
    internal IReadOnlyList<Rules.Binding> Bindings => bindings ??= Rules.Binding.All(this).ToList();

    /// <summary>Every node of the given AST class.</summary>
    public IEnumerable<PyNode> OfType(string type) => byType.TryGetValue(type, out var found) ? found : [];

    /// <summary>Depth first in source order; trees are as deep as the host's JSON depth limit allows, no deeper.</summary>
    private void Collect(PyNode node)
    {
        nodes.Add(node);
        if (!byType.TryGetValue(node.Type, out var same)) byType[node.Type] = same = [];
        same.Add(node);
        var children = node.Children;
        for (var i = 0; i < children.Count; i++) Collect(children[i]);
    }

    /// <summary>The source of a node (see <see cref="SourceText.Of"/>).</summary>
    public string Text(PyNode node) => Source.Of(node);

    public Finding At(IStyleRule rule, PyNode node, string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(node);
        return new Finding(rule.Id, node.Line, node.Column, rule.Why, suggestion);
    }
}
