using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>
/// A sandbox dies with PyPrep (bubblewrap's --die-with-parent), and only with PyPrep: not with the
/// thread that happened to ask for it, which for a warm slot is a thread-pool thread the runtime
/// retires when it has sat idle.
/// </summary>
public sealed class SlotLifetimeTests
{
    [Fact]
    public async Task A_sandbox_outlives_the_thread_that_started_it()
    {
        var profile = LaunchProfile.From(ResourceLimits.Default);
        var options = new SandboxOptions { WarmSlots = 0 };
        SandboxPreflight.Check(options);
        await using var pool = new WarmPool(options);
        SandboxSlot? slot = null;
        // With no warm slot, renting starts one, from this thread; it waits until the sandbox is ready, then ends.
        var asking = new Thread(() => slot = pool.RentAsync(profile, CancellationToken.None).GetAwaiter().GetResult());
        asking.Start();
        asking.Join();

        await Task.Delay(500);
        Assert.True(slot!.IsAlive, "the sandbox died with the thread that started it");
        var job = new JsonObject { ["mode"] = "script", ["code"] = "print('still here')", ["case_seconds"] = 2 };
        var outcome = await slot.RunAsync(System.Text.Encoding.UTF8.GetBytes(job.ToJsonString()), new RunRequest(job, ResourceLimits.Default), CancellationToken.None);
        pool.Return(slot, profile);

        Assert.Equal(Termination.Exited, outcome.Termination);
        Assert.Contains("still here", outcome.Find("script")?.Body.GetProperty("stdout").GetString());
    }
}
