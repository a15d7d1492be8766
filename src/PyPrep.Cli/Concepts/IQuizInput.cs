using PyPrep.Core.Concepts;

namespace PyPrep.Cli.Concepts;

/// <summary>Where the quiz reads answers: prompts in a terminal, or plain lines when stdin is redirected. Null means no more input.</summary>
internal interface IQuizInput
{
    /// <summary>Several lines, ended by an empty line (or the end of input).</summary>
    string? ReadLines(string prompt);

    /// <summary>One line.</summary>
    string? ReadLine(string prompt);

    /// <summary>Indexes of the chosen options.</summary>
    IReadOnlyList<int>? ReadChoice(ConceptItem item);

    /// <summary>Indexes of the key points the candidate says they covered.</summary>
    IReadOnlyList<int>? ReadKeyPoints(IReadOnlyList<string> points);
}
