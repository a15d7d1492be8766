using System.Diagnostics;
using System.Text.Json;

namespace PyPrep.Bench.Style;

/// <summary>
/// Runs Debian's pylint on the corpus in one process (its fastest mode), with only the checks that
/// correspond to PyPrep rules enabled, and maps its messages to PyPrep rule ids.
/// </summary>
internal static class PylintRun
{
    /// <summary>pylint message → PyPrep rule, for the rules both tools have.</summary>
    public static readonly IReadOnlyDictionary<string, string> SharedMessages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consider-using-enumerate"] = "range-len-loop",
        ["literal-comparison"] = "is-literal",
        ["singleton-comparison"] = "compare-to-none", // or compare-to-bool, told apart by the message
        ["use-implicit-booleaness-not-len"] = "len-as-condition",
        ["bare-except"] = "bare-except",
        ["dangerous-default-value"] = "mutable-default-arg",
        ["consider-using-with"] = "open-without-with",
        ["unidiomatic-typecheck"] = "type-comparison",
        ["redefined-builtin"] = "shadowed-builtin",
        ["consider-iterating-dictionary"] = "dict-keys-iteration",
        ["consider-using-get"] = "lbyl-key-check",
        ["simplifiable-if-statement"] = "needless-bool-return",
        ["simplifiable-if-expression"] = "needless-bool-return",
        ["consider-swap-variables"] = "temp-swap",
        ["consider-using-join"] = "string-concat-in-loop",
        ["invalid-name"] = "naming-convention",
        ["consider-using-generator"] = "comprehension-in-call",
        ["use-a-generator"] = "comprehension-in-call",
    };

    public static IReadOnlySet<string> SharedRules => SharedMessages.Values.Append("compare-to-bool").ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs pylint; returns (path, rule, line) for every mapped message and the wall time.</summary>
    public static (List<(string Path, string Rule, int Line)> Findings, double Ms) Run(IReadOnlyList<string> paths)
    {
        var rcfile = Path.GetTempFileName(); // an empty configuration: pylint's defaults, nothing from the machine
        try
        {
            var start = new ProcessStartInfo("/usr/bin/pylint") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "--rcfile", rcfile, "--disable=all", "--enable=" + string.Join(',', SharedMessages.Keys),
                         "--output-format=json", "--score=n", "--persistent=n", "--jobs=1" }.Concat(paths))
                start.ArgumentList.Add(arg);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pylint did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var ms = clock.Elapsed.TotalMilliseconds;
            _ = stderr.Result;

            var findings = new List<(string, string, int)>();
            foreach (var message in JsonDocument.Parse(stdout).RootElement.EnumerateArray())
            {
                var symbol = message.GetProperty("symbol").GetString()!;
                var text = message.GetProperty("message").GetString() ?? "";
                if (!SharedMessages.TryGetValue(symbol, out var rule)) continue;
                if (symbol == "invalid-name" && text.StartsWith("Module name", StringComparison.Ordinal)) continue; // file names, not code
                if (symbol == "singleton-comparison" && !text.Contains("None", StringComparison.Ordinal)) rule = "compare-to-bool";
                findings.Add((Path.GetFullPath(message.GetProperty("path").GetString()!), rule, message.GetProperty("line").GetInt32()));
            }
            return (findings, ms);
        }
        finally
        {
            File.Delete(rcfile);
        }
    }
}
