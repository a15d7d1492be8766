using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PyPrep.Web.Hosting;

/// <summary>
/// Solo mode, once the server listens: every address it actually bound must be loopback. Checking
/// <c>--urls</c> alone is not enough: Kestrel endpoints from configuration
/// (<c>Kestrel__Endpoints__Http__Url=http://0.0.0.0:5080</c>) take precedence over it. Failing here
/// fails the start, and the host then stops the server.
/// </summary>
internal sealed class BoundAddressGuard(IServer server) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            LoopbackGuard.Check(address);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
