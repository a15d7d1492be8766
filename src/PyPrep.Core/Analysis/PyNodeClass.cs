namespace PyPrep.Core.Analysis;

/// <summary>
/// One AST node class as the harness describes it: its name, its fields in CPython's
/// <c>_fields</c> order, and whether its nodes carry positions (line, column, end line, end column).
/// </summary>
internal sealed record PyNodeClass(string Name, string[] Fields, bool Positioned);
