using PyPrep.Core.Content;
using PyPrep.Core.Values;

namespace PyPrep.Sandbox.Tests.Support;

/// <summary>Small in-memory challenges for driving the real grader.</summary>
internal static class TestChallenges
{
    /// <summary><c>double(x: int) -> int</c> with three cases: 1→2, 2→4 (hidden), 3→6 (hidden).</summary>
    public static Challenge Double(ResourceLimits? limits = null, string checker = "exact") => Function(
        "double", "int", "int", checker, limits,
        ("one", false, [new PyInt(1)], new PyInt(2)),
        ("two", true, [new PyInt(2)], new PyInt(4)),
        ("three", true, [new PyInt(3)], new PyInt(6)));

    /// <summary><c>double_text(x: int) -> str</c>: the same three cases, answered as text: 1→"2", 2→"4", 3→"6".</summary>
    public static Challenge DoubleText(ResourceLimits? limits = null) => Function(
        "double_text", "int", "str", "exact", limits,
        ("one", false, [new PyInt(1)], new PyStr("2")),
        ("two", true, [new PyInt(2)], new PyStr("4")),
        ("three", true, [new PyInt(3)], new PyStr("6")));

    /// <summary>
    /// <c>probe(x: int)</c>: one visible case whose expected value is a token no code can know, so
    /// the attack always fails and the test inspects what it returned as its observations.
    /// </summary>
    public static Challenge Probe(ResourceLimits? limits = null) => Function(
        "probe", "int", "Any", "exact", limits, ("observe", false, [new PyInt(1)], new PyStr(ExpectedToken)));

    public const string ExpectedToken = "EXPECTED-9c1f4e0b-never-in-the-sandbox";

    public static Challenge Function(string entry, string paramType, string returns, string checker, ResourceLimits? limits,
        params (string Id, bool Hidden, PyValue[] Args, PyValue Expected)[] cases)
    {
        var parameter = TypeSpec.Parse(paramType);
        var returnType = TypeSpec.Parse(returns);
        return new Challenge
        {
            Slug = entry,
            Title = entry,
            Difficulty = Difficulty.Easy,
            Level = Level.Junior,
            Kind = ChallengeKind.Function,
            Entry = entry,
            Signature = new Signature([new Parameter("x", parameter)], returnType),
            Checker = checker,
            Limits = limits ?? new ResourceLimits { CaseSeconds = 1, CpuSeconds = 5, WallSeconds = 5 },
            Statement = "",
            Directory = "/nonexistent",
            Cases = cases.Select(c => new TestCase(c.Id, c.Hidden, c.Args.Select(parameter.Coerce).ToList(),
                (checker == "in-place" ? parameter : returnType).Coerce(c.Expected))).ToList(),
        };
    }
}
