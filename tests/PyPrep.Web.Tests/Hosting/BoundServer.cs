using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace PyPrep.Web.Tests.Hosting;

/// <summary>A server that reports the addresses it bound, as Kestrel does once it listens.</summary>
internal sealed class BoundServer : IServer
{
    public BoundServer(params string[] addresses)
    {
        var feature = new ServerAddressesFeature();
        foreach (var address in addresses) feature.Addresses.Add(address);
        Features.Set<IServerAddressesFeature>(feature);
    }

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
        Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() { }
}
