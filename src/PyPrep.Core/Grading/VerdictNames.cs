namespace PyPrep.Core.Grading;

/// <summary>The snake_case names the JSON contract and content files use.</summary>
public static class VerdictNames
{
    private static readonly Dictionary<Verdict, string> Names = new()
    {
        [Verdict.Accepted] = "accepted",
        [Verdict.WrongAnswer] = "wrong_answer",
        [Verdict.RuntimeError] = "runtime_error",
        [Verdict.TimeLimitExceeded] = "time_limit_exceeded",
        [Verdict.MemoryLimitExceeded] = "memory_limit_exceeded",
        [Verdict.OutputLimitExceeded] = "output_limit_exceeded",
        [Verdict.SyntaxError] = "syntax_error",
    };

    /// <summary>The verdict's name; for a case status, <see cref="Verdict.Accepted"/> reads "passed".</summary>
    public static string Name(Verdict verdict, bool asCaseStatus = false) =>
        asCaseStatus && verdict == Verdict.Accepted ? "passed" : Names[verdict];

    public static bool TryParse(string text, out Verdict verdict)
    {
        foreach (var (key, name) in Names)
        {
            if (name == text || (text == "passed" && key == Verdict.Accepted)) { verdict = key; return true; }
        }
        verdict = default;
        return false;
    }
}
