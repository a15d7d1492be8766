namespace PyPrep.Core.Content;

/// <summary>A problem found in the bank, with the file and line to fix.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
