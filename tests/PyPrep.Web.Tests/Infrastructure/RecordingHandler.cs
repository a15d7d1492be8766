namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>Keeps the body of every response a client received, so a test can search all of them.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    private readonly List<string> bodies = [];

    public IReadOnlyList<string> Bodies
    {
        get { lock (bodies) return bodies.ToList(); }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        lock (bodies) bodies.Add($"{request.Method} {request.RequestUri?.PathAndQuery} -> {(int)response.StatusCode}\n{body}");
        return response;
    }
}
