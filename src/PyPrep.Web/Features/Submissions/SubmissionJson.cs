using System.Text.Json.Nodes;
using PyPrep.Data.Submissions;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Analysis;
using PyPrep.Web.Features.Grading;

namespace PyPrep.Web.Features.Submissions;

/// <summary>
/// A submission as the API shows it: the <c>check --json</c> object plus <c>id</c>, <c>status</c>
/// and <c>mode</c>, the queue position while it waits, and the analyses merged in. Candidates
/// never see what hidden cases printed, nor more of what they raised than a built-in exception's
/// name, nor their exact time: code can print its inputs, spell them in an exception class it
/// makes up, or sleep for as long as a value says.
/// </summary>
internal static class SubmissionJson
{
    public static JsonObject Result(Submission submission, CurrentUser viewer, GradingQueue queue, AnalysisQueue analysis)
    {
        var result = new JsonObject
        {
            ["id"] = submission.Id.ToString(),
            ["status"] = StatusName(submission.Status),
            ["mode"] = ModeName(submission.Mode),
            ["created_utc"] = DateTime.SpecifyKind(submission.CreatedUtc, DateTimeKind.Utc),
        };
        var graded = submission.ResultJson is { } stored ? JsonNode.Parse(stored)!.AsObject() : Ungraded(submission.Challenge);
        foreach (var (key, value) in graded) result[key] = value?.DeepClone();

        if (submission.Status != SubmissionStatus.Done)
        {
            result["queue"] = new JsonObject
            {
                ["position"] = queue.PositionOf(submission.Id),
                ["waiting"] = queue.Waiting,
                ["running"] = queue.Running,
                ["workers"] = queue.Workers,
                ["saturated"] = queue.Saturated,
            };
        }
        AnalysisResultJson.Merge(result, submission, analysis);
        if (!viewer.IsInterviewer) HideHiddenCaseOutput(result, submission.Mode);
        return result;
    }

    /// <summary>One line of the history: no result details, the code included.</summary>
    public static JsonObject HistoryEntry(Submission submission) => new()
    {
        ["id"] = submission.Id.ToString(),
        ["challenge"] = submission.Challenge,
        ["mode"] = ModeName(submission.Mode),
        ["status"] = StatusName(submission.Status),
        ["verdict"] = submission.Verdict,
        ["passed"] = submission.Passed,
        ["total"] = submission.Total,
        ["created_utc"] = DateTime.SpecifyKind(submission.CreatedUtc, DateTimeKind.Utc),
        ["code"] = submission.Code,
    };

    public static string StatusName(SubmissionStatus status) => status.ToString().ToLowerInvariant();
    public static string ModeName(SubmissionMode mode) => mode.ToString().ToLowerInvariant();

    private static JsonObject Ungraded(string challenge) => new()
    {
        ["challenge"] = challenge,
        ["verdict"] = null,
        ["passed"] = null,
        ["total"] = null,
        ["cases"] = new JsonArray(),
        ["complexity"] = null,
        ["style"] = new JsonArray(),
    };

    private static void HideHiddenCaseOutput(JsonObject result, SubmissionMode mode)
    {
        var anyHidden = false;
        foreach (var item in result["cases"]?.AsArray() ?? [])
        {
            if (item is not JsonObject testCase || testCase["hidden"]?.GetValue<bool>() != true) continue;
            anyHidden = true;
            testCase.Remove("stdout");
            if (testCase["error"]?.GetValue<string>() is { } error) testCase["error"] = ExceptionName(error);
            if (testCase["time_ms"]?.GetValue<double>() is { } time) testCase["time_ms"] = CoarseTime(time);
        }
        // Output written outside a case (raw fd writes) may come from inside a hidden case.
        if (anyHidden && mode == SubmissionMode.Submit && result.Remove("output"))
            result["output_note"] = "printed output is shown for Run (visible cases) only";
    }

    /// <summary>
    /// "KeyError: 42\n  File ..." becomes "KeyError": the kind of failure without the values. Only
    /// built-in names pass; any other class name could be made up from the inputs, so it reads "Exception".
    /// </summary>
    internal static string ExceptionName(string error)
    {
        var first = error.Split('\n', 2)[0].Trim();
        var colon = first.IndexOf(':', StringComparison.Ordinal);
        var name = colon >= 0 ? first[..colon] : first;
        if (name is "time limit exceeded" or "output limit exceeded") return name;
        if (BuiltinExceptions.Contains(name)) return name;
        return System.Text.RegularExpressions.Regex.IsMatch(name, @"^[A-Za-z_][A-Za-z0-9_.]{0,80}$") ? "Exception" : "the case failed (details of hidden cases stay hidden)";
    }

    /// <summary>
    /// A hidden case's time rounded up to 10, 100, 1000 ... ms: enough to tell which case is slow, too
    /// coarse to spell an input out in sleeps (the exact time would carry a number per case).
    /// </summary>
    internal static double CoarseTime(double ms)
    {
        double bound = 10;
        while (bound < ms && bound < 1e7) bound *= 10;
        return bound;
    }

    // Python's built-in exceptions a solution commonly raises (docs.python.org/3/library/exceptions.html).
    private static readonly HashSet<string> BuiltinExceptions = new(StringComparer.Ordinal)
    {
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "EOFError", "Exception",
        "FloatingPointError", "GeneratorExit", "ImportError", "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
        "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotImplementedError", "OSError", "OverflowError",
        "RecursionError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
        "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
        "UnicodeError", "ValueError", "ZeroDivisionError",
    };
}
