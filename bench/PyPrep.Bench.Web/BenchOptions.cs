using System.Globalization;

namespace PyPrep.Bench.Web;

/// <summary>Command line of the benchmark: target server, arrival rate, duration, warm-up.</summary>
internal sealed record BenchOptions(string? Url, double Rate, double Seconds, double WarmupSeconds, int MaxInFlight)
{
    public static BenchOptions Parse(string[] args)
    {
        string? url = null;
        double rate = 35, seconds = 20, warmup = 3;
        var inFlight = 256;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--url": url = Next().TrimEnd('/'); break;
                case "--rate": rate = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--max-in-flight": inFlight = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (url is not null && !new Uri(url).IsLoopback) throw new ArgumentException("the benchmark only targets loopback addresses");
        if (rate is <= 0 or > 500 || seconds is <= 0 or > 300) throw new ArgumentException("--rate must be in (0, 500] and --seconds in (0, 300]");
        return new BenchOptions(url, rate, seconds, warmup, inFlight);
    }
}
