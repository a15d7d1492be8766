namespace PyPrep.Core.Content;

/// <summary>Thrown while reading content; carries the file and line of the problem.</summary>
public sealed class ContentException(string file, int line, string message) : Exception(message)
{
    public ContentError Error { get; } = new(file, line, message);
}
