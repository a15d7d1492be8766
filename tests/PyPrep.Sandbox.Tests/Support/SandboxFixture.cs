using PyPrep.Core.Grading;
using PyPrep.Sandbox;
using Xunit.Abstractions;

namespace PyPrep.Sandbox.Tests.Support;

/// <summary>One warm pool shared by the sandbox tests: real bubblewrap, real limits.</summary>
public sealed class SandboxFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public WarmPool Pool { get; private set; } = null!;
    public BubblewrapRunner Runner { get; private set; } = null!;
    public Grader Grader { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var options = new SandboxOptions { WarmSlots = 2 };
        SandboxPreflight.Check(options);
        Pool = new WarmPool(options, new DiagnosticLogger<WarmPool>(diagnostics));
        Runner = new BubblewrapRunner(Pool);
        Grader = new Grader(Runner);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
