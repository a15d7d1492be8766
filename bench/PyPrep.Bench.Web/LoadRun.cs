using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PyPrep.Bench.Web;

/// <summary>
/// Open-loop load: submissions start on a fixed schedule whatever the server's speed (so a slow
/// server shows as latency, not as a politely lower rate), alternating an honest solution that
/// must be accepted and a failing one that must get wrong_answer. Each code is made unique with a
/// comment, so no cache can answer for the grader. Bounded in time and in requests in flight.
/// </summary>
internal static class LoadRun
{
    private const string Honest = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
    private const string Failing = "def two_sum(nums, target):\n    return [0, 1]\n";

    public static async Task<LoadResult> RunAsync(string url, BenchOptions options)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.MaxInFlight })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var runId = Guid.NewGuid().ToString("N")[..8];
        var warmup = await PhaseAsync(http, options.Rate, options.WarmupSeconds, options.MaxInFlight, runId + "w");
        var (samples, errors, wall, firstError) = await PhaseAsync(http, options.Rate, options.Seconds, options.MaxInFlight, runId);
        return LoadResult.From(samples, errors, wall, options, firstError) with { Graded = warmup.Samples.Count + samples.Count };
    }

    private static async Task<(List<double> Samples, int Errors, double WallSeconds, string? FirstError)> PhaseAsync(
        HttpClient http, double rate, double seconds, int maxInFlight, string tag)
    {
        var total = (int)Math.Round(rate * seconds);
        if (total == 0) return ([], 0, 0, null);
        var samples = new List<double>(total);
        var errors = 0;
        string? firstError = null;
        using var inFlight = new SemaphoreSlim(maxInFlight);
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            if (!await inFlight.WaitAsync(TimeSpan.FromSeconds(30))) { Interlocked.Increment(ref errors); continue; }
            var honest = i % 2 == 0;
            var code = (honest ? Honest : Failing) + $"# bench {tag} {i} {Guid.NewGuid():N}\n";
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    var (ms, problem) = await OneAsync(http, code, honest ? "accepted" : "wrong_answer");
                    lock (samples)
                    {
                        if (problem is null) samples.Add(ms);
                        else { errors++; firstError ??= problem; }
                    }
                }
                finally
                {
                    inFlight.Release();
                }
            }));
        }
        await Task.WhenAll(tasks);
        return (samples, errors, clock.Elapsed.TotalSeconds, firstError);
    }

    private static async Task<(double Ms, string? Problem)> OneAsync(HttpClient http, string code, string expectedVerdict)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsJsonAsync("/api/submissions?wait=true", new { challenge = "two-sum", code, mode = "submit" });
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK) return (ms, $"HTTP {(int)response.StatusCode}: {Trim(body)}");
            var verdict = (string?)JsonNode.Parse(body)?["verdict"];
            return verdict == expectedVerdict ? (ms, null) : (ms, $"verdict {verdict ?? "none"} where {expectedVerdict} was due");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.GetType().Name + ": " + e.Message);
        }
    }

    private static string Trim(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
