namespace PyPrep.Core.Analysis;

/// <summary>
/// A style rule: a pure function from a parsed module to findings. One rule per file under
/// <c>Analysis/Rules/</c>, registered in <see cref="StyleRules"/>.
/// </summary>
public interface IStyleRule
{
    /// <summary>The stable id users and reports refer to (<c>range-len-loop</c>).</summary>
    string Id { get; }

    /// <summary>One sentence: why an interviewer cares.</summary>
    string Why { get; }

    IEnumerable<Finding> Check(StyleContext context);
}
