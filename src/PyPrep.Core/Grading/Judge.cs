using System.Text.Json;
using PyPrep.Core.Content;
using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Running;
using PyPrep.Core.Values;

namespace PyPrep.Core.Grading;

/// <summary>Turns the records of a sandboxed run into case results and a verdict.</summary>
public static class Judge
{
    public static GradingRun Decide(Challenge challenge, IReadOnlyList<TestCase> cases, RunOutcome outcome)
    {
        var checker = CheckerCatalog.Get(challenge.Checker);
        var output = string.IsNullOrEmpty(outcome.Output) ? null : outcome.Output;

        if (outcome.Find("missing_library") is { } missing)
        {
            var module = Str(missing.Body, "module") ?? "?";
            var message = $"this challenge needs the Python library '{module}', which is not installed here: " +
                          $"install Debian's {PythonLibraries.DebianPackage(module)} (sudo apt-get install {PythonLibraries.DebianPackage(module)})";
            return Uniform(challenge, cases, Verdict.RuntimeError, message, outcome, output) with { MissingLibrary = module };
        }
        if (outcome.Find("syntax_error") is { } syntax)
        {
            var message = $"line {Int(syntax.Body, "line")}: {Str(syntax.Body, "message")}";
            return Uniform(challenge, cases, Verdict.SyntaxError, message, outcome, output);
        }
        if (outcome.Find("load_error") is { } load)
        {
            var error = load.Body.GetProperty("error");
            var message = "while loading your module: " + ErrorText(error);
            return Uniform(challenge, cases, StatusOf(error), message, outcome, output, Str(load.Body, "stdout"));
        }
        if (outcome.Find("loaded") is null)
        {
            var message = outcome.Termination == Termination.Exited
                ? "the program ended before it loaded"
                : $"the program was stopped while loading ({Describe(outcome.Termination)})";
            return Uniform(challenge, cases, TerminationStatus(outcome), message, outcome, output);
        }

        var byIndex = new Dictionary<int, HarnessRecord>();
        foreach (var record in outcome.Records.Where(r => r.Type == "case"))
        {
            if (record.Body.TryGetProperty("i", out var i) && i.TryGetInt32(out var index)) byIndex.TryAdd(index, record);
        }

        var results = new List<CaseResult>();
        var previousAt = outcome.Find("loaded")!.AtMs;
        string? stoppedAt = null;
        int? firstUnanswered = null;
        for (var index = 0; index < cases.Count; index++)
        {
            var testCase = cases[index];
            if (byIndex.TryGetValue(index, out var record))
            {
                // The host's gap between records bounds the time from outside (DESIGN.md decision 3);
                // the harness's own clock, taken before the candidate's code loaded, is more precise
                // when the host reads late. Taking the larger means patched clocks gain nothing.
                var harnessMs = record.Body.TryGetProperty("ns", out var ns) && ns.TryGetInt64(out var nanos) ? nanos / 1e6 : 0;
                var timeMs = Math.Max(harnessMs, Math.Max(0, record.AtMs - previousAt));
                previousAt = record.AtMs;
                results.Add(FromRecord(challenge, testCase, record, checker, timeMs));
                continue;
            }
            // A missing record is a failure: the process died or was killed during this case.
            var status = TerminationStatus(outcome);
            var message = stoppedAt is null
                ? $"no answer: {Describe(outcome.Termination)}"
                : $"not run: the program was stopped at case {stoppedAt}";
            stoppedAt ??= testCase.Id;
            firstUnanswered ??= index;
            results.Add(Result(testCase, status, message, timeMs: stoppedAt == testCase.Id ? Math.Max(0, outcome.ElapsedMs - previousAt) : 0));
        }

        return new GradingRun
        {
            Challenge = challenge.Slug,
            Verdict = results.FirstOrDefault(r => !r.Passed)?.Status ?? Verdict.Accepted,
            Cases = results,
            Output = output,
            ElapsedMs = outcome.ElapsedMs,
            FirstUnanswered = firstUnanswered,
        };
    }

    private static CaseResult FromRecord(Challenge challenge, TestCase testCase, HarnessRecord record, IChecker checker, double timeMs)
    {
        var body = record.Body;
        var stdout = Str(body, "stdout");
        if (body.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True && body.TryGetProperty("value", out var valueElement))
        {
            PyValue actual;
            try { actual = TaggedJson.Decode(valueElement); }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                return Result(testCase, Verdict.RuntimeError, "the answer could not be read back", timeMs, stdout);
            }
            var check = challenge.Kind == ChallengeKind.Tests ? MutationCheck.Check(testCase, actual) : checker.Check(testCase.Expected, actual);
            return Result(testCase, check.Passed ? Verdict.Accepted : Verdict.WrongAnswer, check.Passed ? null : check.ReasonFor(testCase.Hidden), timeMs, stdout)
                with { Actual = actual, Note = check.Note };
        }
        var error = body.TryGetProperty("error", out var e2) ? e2 : default;
        return Result(testCase, StatusOf(error), ErrorText(error), timeMs, stdout);
    }

    private static CaseResult Result(TestCase testCase, Verdict status, string? error, double timeMs, string? stdout = null) => new()
    {
        Id = testCase.Id,
        Hidden = testCase.Hidden,
        Status = status,
        TimeMs = Math.Round(timeMs, 3),
        Input = testCase.Hidden ? null : testCase.InputText,
        Expected = testCase.Hidden ? null : testCase.Expected,
        Stdout = string.IsNullOrEmpty(stdout) ? null : stdout,
        Error = error,
    };

    private static GradingRun Uniform(Challenge challenge, IReadOnlyList<TestCase> cases, Verdict status, string message,
        RunOutcome outcome, string? output, string? stdout = null) => new()
    {
        Challenge = challenge.Slug,
        Verdict = status,
        Cases = cases.Select(c => Result(c, status, message, 0)).ToList(),
        Output = string.IsNullOrEmpty(stdout) ? output : stdout + output,
        Error = message,
        ElapsedMs = outcome.ElapsedMs,
    };

    private static Verdict StatusOf(JsonElement error)
    {
        var type = error.ValueKind == JsonValueKind.Object ? Str(error, "type") : null;
        return type switch
        {
            "TimeLimit" => Verdict.TimeLimitExceeded,
            "MemoryError" => Verdict.MemoryLimitExceeded,
            "OutputLimit" => Verdict.OutputLimitExceeded,
            _ => Verdict.RuntimeError,
        };
    }

    private static string ErrorText(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object) return "the case failed without an error report";
        var type = Str(error, "type");
        var text = type switch
        {
            "TimeLimit" => "time limit exceeded",
            "OutputLimit" => "output limit exceeded: " + Str(error, "message"),
            _ => $"{type}: {Str(error, "message")}".TrimEnd(' ', ':'),
        };
        var traceback = Str(error, "traceback");
        return string.IsNullOrWhiteSpace(traceback) ? text : text + "\n" + traceback.TrimEnd();
    }

    private static Verdict TerminationStatus(RunOutcome outcome) => outcome.Termination switch
    {
        Termination.CpuLimit or Termination.WallLimit => Verdict.TimeLimitExceeded,
        Termination.MemoryLimit => Verdict.MemoryLimitExceeded,
        Termination.OutputLimit => Verdict.OutputLimitExceeded,
        _ => Verdict.RuntimeError,
    };

    private static string Describe(Termination termination) => termination switch
    {
        Termination.CpuLimit => "CPU time limit exceeded",
        Termination.WallLimit => "wall-clock time limit exceeded",
        Termination.MemoryLimit => "memory limit exceeded",
        Termination.OutputLimit => "output limit exceeded",
        Termination.Crashed => "the interpreter crashed (for example, recursion too deep for the stack)",
        _ => "the program exited before answering",
    };

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
}
