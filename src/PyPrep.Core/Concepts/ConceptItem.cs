using PyPrep.Core.Content;

namespace PyPrep.Core.Concepts;

/// <summary>
/// One question of the concept bank (docs/concepts-format.md). <see cref="Id"/> is stable: review
/// history refers to it. Members that belong to one kind are empty for the others.
/// </summary>
public sealed record ConceptItem
{
    public required string Id { get; init; }
    public required ConceptKind Kind { get; init; }
    /// <summary>The topic id: the name of the file the item lives in.</summary>
    public required string Topic { get; init; }
    public required Level Level { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>What the candidate is asked, in Markdown.</summary>
    public required string Question { get; init; }
    /// <summary>Predict-output: the snippet. Spot-the-bug: the buggy code. Others: optional code to show.</summary>
    public string? Code { get; init; }
    public required string Explanation { get; init; }

    /// <summary>Predict-output: what the snippet prints.</summary>
    public string Output { get; init; } = "";
    /// <summary>Predict-output: the type name of the exception the snippet ends with, if any.</summary>
    public string? Raises { get; init; }

    /// <summary>Choice: the options, shown in this order and labelled a, b, c...</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
    /// <summary>Choice: indexes of the correct options.</summary>
    public IReadOnlyList<int> Correct { get; init; } = [];
    /// <summary>Choice: true when the candidate must select every correct option (more than one may be).</summary>
    public bool Multiple { get; init; }

    /// <summary>Spot-the-bug: the function (or class) the cases call.</summary>
    public string? Entry { get; init; }
    /// <summary>Spot-the-bug: a correct version, which must pass every case.</summary>
    public string? Fixed { get; init; }
    /// <summary>Spot-the-bug: the hidden cases; with <see cref="TestCase.Snippet"/> set they are behaviour cases.</summary>
    public IReadOnlyList<TestCase> Cases { get; init; } = [];

    /// <summary>Short-answer: the model answer.</summary>
    public string? ModelAnswer { get; init; }
    /// <summary>Short-answer: the points a good answer covers, for self-grading.</summary>
    public IReadOnlyList<string> KeyPoints { get; init; } = [];

    /// <summary>Where the item is defined, for error messages.</summary>
    public required string File { get; init; }
    public required int Line { get; init; }

    /// <summary>Predict-output: the whole expected answer, output lines then the exception's type.</summary>
    public string ExpectedAnswer => Raises is null ? Output : Output + Raises + "\n";

    /// <summary>Option label for index <paramref name="index"/>: a, b, c...</summary>
    public static string Label(int index) => ((char)('a' + index)).ToString();
}
