namespace PyPrep.Core.Analysis;

/// <summary>
/// One AST node class as the harness describes it: its name, its fields in CPython's
/// <c>_fields</c> order, and whether its nodes carry positions (line, column, end line, end column).
/// </summary>
internal sealed class PyNodeClass
{
    public PyNodeClass(string name, string[] fields, bool positioned)
    {
        // Interned, like the literals rules compare them with ("Name", "value"), so that a match
        // is found by reference before any character is compared.
        Name = string.Intern(name);
        Fields = Array.ConvertAll(fields, string.Intern);
        Positioned = positioned;
    }

    public string Name { get; }
    public string[] Fields { get; }
    public bool Positioned { get; }

    /// <summary>The position of <paramref name="field"/> among the fields, or -1.</summary>
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (ReferenceEquals(Fields[i], field)) return i;
        }
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
