using PyPrep.Core.Grading;
using PyPrep.Sandbox;
using Xunit.Abstractions;

namespace PyPrep.Sandbox.Tests.Support;

/// <summary>
/// One warm pool shared by the sandbox tests: real bubblewrap, real limits. While the tests run,
/// <see cref="Background"/> grades honest submissions beside them; when the collection ends, a
/// wrong or late background verdict fails the run (reported as the collection's cleanup failure).
/// </summary>
public sealed class SandboxFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public WarmPool Pool { get; private set; } = null!;
    public BubblewrapRunner Runner { get; private set; } = null!;
    public Grader Grader { get; private set; } = null!;
    public BackgroundGrading Background { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var options = new SandboxOptions { WarmSlots = 2 };
        SandboxPreflight.Check(options);
        Pool = new WarmPool(options, new DiagnosticLogger<WarmPool>(diagnostics));
        Runner = new BubblewrapRunner(Pool);
        Grader = new Grader(Runner);
        Background = BackgroundGrading.Start(Grader);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Background.StopAsync();
        }
        finally
        {
            await Pool.DisposeAsync();
        }
        Background.ThrowIfAnyWentWrong();
    }
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
