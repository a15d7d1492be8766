namespace PyPrep.Core.Content;

/// <summary>How a challenge's test cases call the candidate's code (DESIGN.md decision 2).</summary>
public enum ChallengeKind
{
    /// <summary>Each case calls the entry function with arguments; the return value is the answer.</summary>
    Function,
    /// <summary>Each case is a list of operations on an instance of the entry class; the answer is the list of results.</summary>
    Class,
    /// <summary>Each case runs a short trusted snippet against the candidate's module and returns observations.</summary>
    Behavior,
    /// <summary>
    /// The candidate writes tests for the entry function; each case runs them against one trusted
    /// implementation, the correct one (every test must pass) or a faulty one (some test must fail).
    /// </summary>
    Tests,
}
