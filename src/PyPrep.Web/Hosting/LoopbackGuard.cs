using System.Net;

namespace PyPrep.Web.Hosting;

/// <summary>Solo mode has no sign-in, so it must only listen on this machine's loopback addresses.</summary>
internal static class LoopbackGuard
{
    public static void Check(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url))
                throw new InvalidOperationException(
                    $"solo mode has no sign-in, so it only listens on loopback; '{url}' is not. " +
                    "Use --urls http://127.0.0.1:PORT, or set PyPrep__Mode=Team to serve other machines with accounts.");
        }
    }

    internal static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcard hosts (http://*:5000, http://+:5000) that Uri cannot parse.
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (host.StartsWith('['))
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        else if (host.IndexOfAny([':', '/']) is var end and >= 0)
            host = host[..end];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
