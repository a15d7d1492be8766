using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox;

namespace PyPrep.Cli.Infrastructure;

/// <summary>What commands share: the content bank and, when grading, the sandbox pool and grader.</summary>
internal sealed class CliRuntime : IAsyncDisposable
{
    private CliRuntime(WarmPool pool)
    {
        Pool = pool;
        var runner = new BubblewrapRunner(pool);
        Grader = new Grader(runner);
        Style = new StyleAnalyzer(runner);
    }

    public WarmPool Pool { get; }
    public Grader Grader { get; }
    public StyleAnalyzer Style { get; }

    public static ContentBank LoadBank() => ContentBank.Load(ContentBank.LocateRoot());

    public static Challenge FindChallenge(ContentBank bank, string slug) =>
        bank.Find(slug) ?? throw new InputException(
            bank.Errors.FirstOrDefault(e => e.File.Contains($"/{slug}/", StringComparison.Ordinal)) is { } broken
                ? $"challenge '{slug}' cannot be loaded: {broken}"
                : $"unknown challenge '{slug}' (see `pyprep challenges`)");

    /// <summary>Starts the sandbox pool; <paramref name="warmSlots"/> sandboxes start ahead of use.</summary>
    public static CliRuntime Start(int warmSlots)
    {
        var options = new SandboxOptions { WarmSlots = warmSlots };
        SandboxPreflight.Check(options);
        return new CliRuntime(new WarmPool(options, new StderrLogger<WarmPool>()));
    }

    public ValueTask DisposeAsync() => Pool.DisposeAsync();
}
