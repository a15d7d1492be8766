using PyPrep.Core.Values;

namespace PyPrep.Core.Content;

/// <summary>The entry point's parameters and return type, as the statement shows them.</summary>
public sealed record Signature(IReadOnlyList<Parameter> Parameters, TypeSpec Returns)
{
    public string Render(string entry) =>
        $"def {entry}({string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Type}"))}) -> {Returns}";
}
