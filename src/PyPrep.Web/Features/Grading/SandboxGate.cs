using PyPrep.Core.Content;
using PyPrep.Sandbox;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Team mode refuses to start without the real sandbox: candidates' code is untrusted there. "Real"
/// means one trivial job ran in it (<see cref="SandboxProbe"/>), not only that its files exist. Solo
/// mode starts anyway and the pages say what to install. When the sandbox works, the pool is warmed
/// for every limit profile of the bank so the first submission does not pay the start-up.
/// </summary>
internal sealed class SandboxGate(SandboxState state, SandboxProbe probe, IServiceProvider services, ILogger<SandboxGate> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (state.IsAvailable) await probe.RunAsync(cancellationToken);
        if (!state.IsAvailable)
        {
            if (services.Hosting().Mode == WebMode.Team)
                throw new InvalidOperationException("team mode needs the real sandbox and it cannot run here: " + state.Problem);
            logger.LogWarning("sandbox unavailable, submissions are refused until it is fixed: {Problem}", state.Problem);
            return;
        }
        var pool = services.GetRequiredService<WarmPool>();
        foreach (var profile in services.GetRequiredService<ContentBank>().Challenges.Select(c => LaunchProfile.From(c.Limits)).Distinct())
            pool.Warm(profile);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
