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
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcome);
        var checker = CheckerCatalog.Get(challenge.Checker);
        var output = string.IsNullOrEmpty(outcome.Output) ? null : outcome.Output;

        // The candidate's code shares the harness's process and can write to the results channel:
        // only the records that come in the harness's order count (docs/harness-protocol.md).
        var order = new GradingRecordOrder(cases.Count);
        var trusted = outcome.Records.Take(order.CountInOrder(outcome.Records)).ToList();
        var tampered = order.Violation is null ? null : outcome.Records[trusted.Count];

        if (tampered is null && Early(challenge, cases, outcome, trusted, output) is { } early) return early;

        // In order, the records after "loaded" are the cases' own, case 0 first.
        var loaded = trusted.FindIndex(r => r.Type == "loaded");
        var answers = loaded < 0 ? [] : trusted.Skip(loaded + 1).Where(r => r.Type != "done").ToList();

        var results = new List<CaseResult>();
        var previousAt = loaded < 0 ? 0 : trusted[loaded].AtMs;
        var previousCpu = loaded < 0 ? null : trusted[loaded].CpuMs;
        string? stoppedAt = null;
        int? firstUnanswered = null;
        for (var index = 0; index < cases.Count; index++)
        {
            var testCase = cases[index];
            if (index < answers.Count)
            {
                var record = answers[index];
                // The host's stamps bound the time from outside (DESIGN.md decision 3): its clock's
                // gap since the previous record, and the CPU time the sandbox used in between.
                // The harness's own clocks, taken before the candidate's code loaded, are more precise
                // when the host reads late. Taking the largest means patched clocks and forged
                // "ns" or "cpu_ns" gain nothing: a forgery can only make a case slower.
                var harnessMs = Long(record.Body, "ns") / 1e6;
                var wallMs = Math.Max(0, record.AtMs - previousAt);
                var hostCpuMs = record.CpuMs - previousCpu is { } used ? Math.Max(0, used) : (double?)null;
                var cpuMs = Math.Max(hostCpuMs ?? 0, Long(record.Body, "cpu_ns") / 1e6);
                var timeMs = Math.Max(harnessMs, Math.Max(wallMs, cpuMs));
                previousAt = record.AtMs;
                previousCpu = record.CpuMs;
                var result = FromRecord(challenge, testCase, record, checker, timeMs);
                // The harness's timer can be disarmed from inside; the host's limit cannot.
                if (result.Status != Verdict.TimeLimitExceeded && HostCaseLimit.Exceeded(challenge.Limits.CaseSeconds, wallMs, cpuMs) is { } over)
                    result = result with { Status = Verdict.TimeLimitExceeded, Error = over, Actual = null, Note = null };
                results.Add(result);
                continue;
            }
            if (tampered is not null)
            {
                // The submission wrote to the results channel: nothing from here on is the harness's
                // word, and a fresh sandbox would only be written to again.
                var first = stoppedAt is null;
                stoppedAt ??= testCase.Id;
                results.Add(Result(testCase, Verdict.RuntimeError,
                    $"the results channel was written to by the submission ({order.Violation}); the run is not trusted from case {stoppedAt}",
                    timeMs: first ? Math.Max(0, tampered.AtMs - previousAt) : 0));
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

    /// <summary>The verdict of a run that never reached the cases: a missing library, a syntax error, a module that failed to load.</summary>
    private static GradingRun? Early(Challenge challenge, IReadOnlyList<TestCase> cases, RunOutcome outcome, List<HarnessRecord> records, string? output)
    {
        if (records.Find(r => r.Type == "missing_library") is { } missing)
        {
            var module = Str(missing.Body, "module") ?? "?";
            var message = $"this challenge needs the Python library '{module}', which is not installed here: " +
                          $"install Debian's {PythonLibraries.DebianPackage(module)} (sudo apt-get install {PythonLibraries.DebianPackage(module)})";
            return Uniform(challenge, cases, Verdict.RuntimeError, message, outcome, output) with { MissingLibrary = module };
        }
        if (records.Find(r => r.Type == "syntax_error") is { } syntax)
        {
            var message = $"line {Int(syntax.Body, "line")}: {Str(syntax.Body, "message")}";
            return Uniform(challenge, cases, Verdict.SyntaxError, message, outcome, output);
        }
        if (records.Find(r => r.Type == "load_error") is { } load)
        {
            var error = load.Body.TryGetProperty("error", out var reported) ? reported : default;
            var message = "while loading your module: " + ErrorText(error);
            return Uniform(challenge, cases, StatusOf(error), message, outcome, output, Str(load.Body, "stdout"));
        }
        if (records.Find(r => r.Type == "loaded") is null)
        {
            var message = outcome.Termination == Termination.Exited
                ? "the program ended before it loaded"
                : $"the program was stopped while loading ({Describe(outcome.Termination)})";
            return Uniform(challenge, cases, TerminationStatus(outcome), message, outcome, output);
        }
        return null;
    }

    private static CaseResult FromRecord(Challenge challenge, TestCase testCase, HarnessRecord record, IChecker checker, double timeMs)
    {
        var body = record.Body;
        // An answer nested deeper than the host parses (or any line it could not read) in this case's turn.
        if (body.ValueKind != JsonValueKind.Object) return Result(testCase, Verdict.RuntimeError, "the answer could not be read back", timeMs);
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

    private static long Long(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetInt64(out var number) ? Math.Max(0, number) : 0;

    private static int Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number &&
        value.TryGetInt32(out var number) ? number : 0;
}
