namespace PyPrep.Core.Concepts;

/// <summary>How a concept question is asked and checked.</summary>
public enum ConceptKind
{
    /// <summary>A snippet; the answer is exactly what it prints, ending with the exception's type when it raises.</summary>
    PredictOutput,
    /// <summary>Options, one or several correct.</summary>
    Choice,
    /// <summary>A short function with a bug; the candidate's fix must pass hidden cases.</summary>
    SpotTheBug,
    /// <summary>A model answer and key points the candidate grades themselves against.</summary>
    ShortAnswer,
}
