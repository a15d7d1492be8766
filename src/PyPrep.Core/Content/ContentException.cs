namespace PyPrep.Core.Content;

/// <summary>
/// Thrown while reading content; carries the file and line of each problem found (a loader that
/// reads on past a problem reports all of them at once).
/// </summary>
public sealed class ContentException : Exception
{
    public ContentException(string file, int line, string message) : this([new ContentError(file, line, message)])
    {
    }

    public ContentException(IReadOnlyList<ContentError> errors)
        : base(errors.Count == 1 ? errors[0].Message : string.Join("; ", errors.Select(e => e.ToString())))
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        Errors = errors;
    }

    /// <summary>The first problem.</summary>
    public ContentError Error => Errors[0];

    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<ContentError> Errors { get; }
}
