using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Runs one trivial job in the real sandbox (<c>print(6 * 7)</c>): the files being there proves
/// nothing (a bubblewrap that cannot create namespaces, a broken Python), a job that answers does.
/// </summary>
internal sealed class SandboxProbe(IServiceProvider services, SandboxState state, TimeProvider time)
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim running = new(1, 1);
    private DateTimeOffset last = DateTimeOffset.MinValue;

    /// <summary>Runs the job and records the outcome in <see cref="SandboxState"/>; null when it answered, else the problem.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken);
        try
        {
            last = time.GetUtcNow();
            var problem = await TryJobAsync(cancellationToken);
            if (problem is null) state.Works();
            else state.Broken(problem);
            return problem;
        }
        finally
        {
            running.Release();
        }
    }

    /// <summary>
    /// For <c>/healthz</c> while the sandbox is marked broken: checks again, at most every 10 s (the
    /// endpoint is anonymous, so it must not start sandboxes at a caller's pace).
    /// </summary>
    public async Task RecheckIfBrokenAsync(CancellationToken cancellationToken)
    {
        if (state.IsAvailable || !state.Installed || time.GetUtcNow() - last < RecheckEvery) return;
        await RunAsync(cancellationToken);
    }

    private async Task<string?> TryJobAsync(CancellationToken cancellationToken)
    {
        var job = new JsonObject { ["mode"] = "script", ["code"] = "print(6 * 7)", ["case_seconds"] = 10, ["stdout_chars"] = 1024 };
        var limits = new ResourceLimits { CaseSeconds = 10, CpuSeconds = 10, WallSeconds = 30 };
        try
        {
            var runner = services.GetRequiredService<ICodeRunner>();
            var outcome = await runner.RunAsync(new RunRequest(job, limits), cancellationToken);
            var stdout = outcome.Find("script") is { } record && record.Body.TryGetProperty("stdout", out var printed) ? printed.GetString() : null;
            return stdout == "42\n"
                ? null
                : $"a test job in the sandbox did not answer as it should ({outcome.Termination}, exit code {outcome.ExitCode}): {Trim(outcome.Output)}";
        }
        catch (SandboxUnavailableException e)
        {
            return e.Message;
        }
    }

    private static string Trim(string? text) => text is null ? "" : text.Length <= 500 ? text.Trim() : text[..500].Trim() + "...";
}
