using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Libraries;

/// <summary>
/// Challenges that declare <c>requires:</c> (Debian's python3-numpy and python3-pandas, which
/// .ci/run installs): the sandbox imports them before the candidate's module, and a missing one is
/// named with its package.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class RequiredLibraryTests(SandboxFixture sandbox)
{
    private static Challenge Behaviour(IReadOnlyList<string> requires, string prelude, string snippet, PyValue expected, double caseSeconds = 2) => new()
    {
        Slug = "library-behaviour",
        Title = "Library behaviour",
        Difficulty = Difficulty.Easy,
        Level = Level.Mid,
        Kind = ChallengeKind.Behavior,
        Entry = "column_sums",
        Signature = new Signature([], TypeSpec.Any),
        Checker = "exact",
        Statement = "",
        Requires = requires,
        Prelude = prelude,
        Limits = new ResourceLimits { CaseSeconds = caseSeconds, CpuSeconds = 20, WallSeconds = 40 },
        Cases = [new TestCase("sums", false, [], expected, snippet)],
        Directory = "/nonexistent",
    };

    private const string PandasPrelude = "import numpy as np\nimport pandas as pd\n";

    private const string PandasSnippet = """
        frame = pd.DataFrame({"a": [1, 2, 3], "b": [10, 20, 30]})
        result = [int(v) for v in solution.column_sums(frame)]
        """;

    [Fact]
    public async Task Numpy_and_pandas_import_and_compute_in_the_sandbox()
    {
        var challenge = Behaviour(["numpy", "pandas"], PandasPrelude, PandasSnippet, new PyList([new PyInt(6), new PyInt(60)]));
        const string code = "import numpy as np\nimport pandas as pd\n\ndef column_sums(frame):\n    return frame.to_numpy().sum(axis=0)\n";

        var run = await sandbox.Grader.GradeAsync(challenge, code);

        Assert.Equal(Verdict.Accepted, run.Verdict);
    }

    [Fact]
    public async Task Importing_pandas_costs_the_candidate_nothing_when_the_challenge_requires_it()
    {
        // Importing pandas takes about half a second of CPU here; the harness imports it before the
        // candidate's module loads, so a module-level `import pandas` fits a 0.25 s limit.
        var challenge = Behaviour(["numpy", "pandas"], PandasPrelude, PandasSnippet, new PyList([new PyInt(6), new PyInt(60)]), caseSeconds: 0.25);
        const string code = "import pandas as pd\n\ndef column_sums(frame):\n    return frame.sum().tolist()\n";

        var run = await sandbox.Grader.GradeAsync(challenge, code);

        Assert.Equal(Verdict.Accepted, run.Verdict);
    }

    [Fact]
    public async Task A_library_the_sandbox_cannot_import_is_named_with_its_debian_package()
    {
        var challenge = Behaviour(["pyprep_no_such_library"], "", "result = 1", new PyInt(1));

        var run = await sandbox.Grader.GradeAsync(challenge, "def column_sums(frame):\n    return []\n");

        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Equal("pyprep_no_such_library", run.MissingLibrary);
        Assert.Contains("python3-pyprep-no-such-library", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_probes_required_libraries_without_running_references()
    {
        var validator = new ContentValidator(sandbox.Grader, sandbox.Runner);

        Assert.Null(await validator.MissingLibraryAsync(Behaviour(["numpy", "pandas"], "", "result = 1", new PyInt(1))));
        Assert.Equal("pyprep_no_such_library",
            await validator.MissingLibraryAsync(Behaviour(["numpy", "pyprep_no_such_library"], "", "result = 1", new PyInt(1))));
    }
}
