using System.Text;

namespace PyPrep.Core.Analysis.Rules;

/// <summary>PEP 8 names: functions and variables in snake_case, classes in CapWords.</summary>
internal sealed class NamingConventionRule : IStyleRule
{
    // unittest's own hooks are camelCase by design; overriding them must keep the name.
    private static readonly HashSet<string> Hooks = ["setUp", "tearDown", "setUpClass", "tearDownClass", "setUpModule", "tearDownModule", "asyncSetUp", "asyncTearDown", "maxDiff"];

    public string Id => "naming-convention";
    public string Why => "PEP 8 names (snake_case for functions and variables, CapWords for classes) are the first thing a Python interviewer reads; camelCase signals another language's habits.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        var reported = new HashSet<(PyNode, string)>();
        foreach (var binding in context.Bindings)
        {
            if (binding.Kind == "import" || Hooks.Contains(binding.Name)) continue;
            var better = binding.Kind == "class" ? ClassName(binding.Name) : FunctionOrVariableName(binding);
            if (better is null || better == binding.Name || !reported.Add((binding.Scope, binding.Name))) continue;
            yield return context.At(this, binding.Node, context.Source.RewriteWord(binding.Node.Line, binding.Node.Column, binding.Name, better));
        }
    }

    /// <summary>
    /// The snake_case name for a mixedCase one (<c>maxSum</c>, <c>twoSum</c>); functions written in
    /// CapWords too. Variables in CapWords are left alone: they are usually aliases of classes.
    /// </summary>
    private static string? FunctionOrVariableName(Binding binding)
    {
        var core = binding.Name.Trim('_');
        if (core.Length == 0 || core.Contains('_', StringComparison.Ordinal) || !core.Any(char.IsLower) || !core.Any(char.IsUpper)) return null;
        if (char.IsUpper(core[0]) && binding.Kind is not ("function" or "method")) return null;
        var prefix = binding.Name[..binding.Name.IndexOf(core[0])];
        return prefix + SnakeCase(core) + new string('_', binding.Name.Length - prefix.Length - core.Length);
    }

    /// <summary>CapWords for a class named in lower case or with underscores (<c>linked_list</c>).</summary>
    private static string? ClassName(string name)
    {
        var core = name.TrimStart('_');
        if (core.Length == 0 || core.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_')) return null;
        if (char.IsUpper(core[0]) && !core.Contains('_', StringComparison.Ordinal)) return null;
        var words = core.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return name[..(name.Length - core.Length)] + string.Concat(words);
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
