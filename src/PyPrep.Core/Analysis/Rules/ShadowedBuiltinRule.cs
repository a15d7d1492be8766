namespace PyPrep.Core.Analysis.Rules;

/// <summary>Naming a variable or parameter <c>list</c>, <c>dict</c>, <c>id</c>, <c>sum</c>, ...: hides the builtin.</summary>
internal sealed class ShadowedBuiltinRule : IStyleRule
{
    // Builtins a candidate is likely to reach for later in the same function. `next` is left out:
    // ListNode(val, next) is the convention every interview platform uses.
    private static readonly Dictionary<string, string> Alternatives = new(StringComparer.Ordinal)
    {
        ["list"] = "items", ["dict"] = "mapping", ["str"] = "text", ["id"] = "ident", ["sum"] = "total",
        ["max"] = "largest", ["min"] = "smallest", ["input"] = "user_input", ["type"] = "kind", ["set"] = "seen",
        ["tuple"] = "pair", ["int"] = "number", ["float"] = "number", ["len"] = "length", ["map"] = "mapping",
        ["filter"] = "keep", ["zip"] = "pairs", ["range"] = "span", ["sorted"] = "ordered", ["object"] = "obj",
        ["iter"] = "iterator", ["all"] = "every", ["any"] = "some", ["abs"] = "magnitude",
        ["hash"] = "digest", ["format"] = "fmt", ["bytes"] = "data", ["open"] = "opener", ["print"] = "show",
        ["vars"] = "values", ["dir"] = "directory", ["bool"] = "flag", ["round"] = "rounded", ["pow"] = "power",
        ["chr"] = "char", ["ord"] = "code", ["slice"] = "part", ["reversed"] = "backwards", ["enumerate"] = "numbered",
        ["compile"] = "build", ["eval"] = "evaluate", ["exec"] = "run", ["help"] = "usage", ["super"] = "parent",
        ["property"] = "prop", ["callable"] = "func", ["divmod"] = "quotient", ["frozenset"] = "frozen",
        ["hex"] = "hex_text", ["bin"] = "bits", ["oct"] = "octal", ["repr"] = "text",
        ["complex"] = "number", ["getattr"] = "get_attribute", ["isinstance"] = "is_instance", ["globals"] = "names",
        ["locals"] = "names", ["bytearray"] = "buffer", ["memoryview"] = "view", ["ascii"] = "text",
    };

    public string Id => "shadowed-builtin";
    public string Why => "A variable named after a builtin hides it for the rest of the scope, so a later list() or sum() call fails in a confusing way; interviewers read it as carelessness with names.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        var reported = new HashSet<(PyNode, string)>();
        foreach (var binding in context.Bindings)
        {
            if (binding.Kind == "method" || !Alternatives.TryGetValue(binding.Name, out var alternative)) continue;
            if (!reported.Add((binding.Scope, binding.Name))) continue;
            var line = context.Source.RewriteWord(binding.Node.Line, binding.Node.Column, binding.Name, alternative);
            yield return context.At(this, binding.Node, line);
        }
    }
}
