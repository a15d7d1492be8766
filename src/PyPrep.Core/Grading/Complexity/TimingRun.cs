using System.Text.Json;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The sizes one timing run measured, each cross-checked against the host's clock (DESIGN.md
/// decision 3): the host stamps the <c>size_begin</c> and <c>size</c> records as they arrive, and a
/// size whose claimed time is far below what the stamps show takes the host's figure instead, so
/// code that patches the harness's clock gains nothing.
/// </summary>
public sealed record TimingRun
{
    /// <summary>The host's stamps are taken when a record is read, a little late; this much is forgiven.</summary>
    internal const double HostSlackSeconds = 0.003;
    /// <summary>An honest harness's minimum sample is within this factor of the host's mean per call.</summary>
    internal const double HostFactor = 4;

    public IReadOnlyList<TimingPoint> Points { get; init; } = [];
    public IReadOnlyList<MemoryPoint> Memory { get; init; } = [];
    /// <summary>Why the run could not measure (generator failed, the code raised, did not load).</summary>
    public string? Error { get; init; }
    /// <summary>Sizes whose claimed time the host's clock did not confirm (their host figure was used).</summary>
    public int Distrusted { get; init; }
    public double ElapsedSeconds { get; init; }

    public static TimingRun From(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var points = new List<TimingPoint>();
        var memory = new List<MemoryPoint>();
        var distrusted = 0;
        var begins = new Dictionary<int, HarnessRecord>();
        string? error = null;
        foreach (var record in outcome.Records)
        {
            var body = record.Body;
            switch (record.Type)
            {
                case "size_begin" when Int(body, "n") is { } n:
                    begins.TryAdd(n, record);
                    break;
                case "size" when Int(body, "n") is { } n && points.All(p => p.N != n) && Seconds(body) is { Count: > 0 } seconds:
                    var claimed = seconds.Min();
                    var effective = claimed;
                    if (begins.TryGetValue(n, out var begun) && Int(body, "calls") is > 0 and var calls)
                    {
                        // The interpreter's CPU time read by the host when it can, else its wall clock.
                        var hostSeconds = record.CpuMs is { } cpuEnd && begun.CpuMs is { } cpuBegin
                            ? (cpuEnd - cpuBegin) / 1000
                            : (record.AtMs - begun.AtMs) / 1000;
                        var hostMean = Math.Max(0, hostSeconds - HostSlackSeconds) / calls;
                        if (hostMean / HostFactor > claimed)
                        {
                            effective = hostMean / HostFactor;
                            distrusted++;
                        }
                    }
                    // A claim of zero is no measurement unless the host confirms one.
                    if (effective <= 0) break;
                    points.Add(new TimingPoint(n, effective));
                    if (body.TryGetProperty("peak_bytes", out var peak) && peak.TryGetInt64(out var bytes))
                        memory.Add(new MemoryPoint(n, bytes));
                    break;
                case "syntax_error":
                    error ??= $"syntax error on line {Int(body, "line") ?? 0}";
                    break;
                case "load_error" or "generator_error" or "time_error":
                    error ??= Describe(record.Type, body);
                    break;
            }
        }
        if (error is null && outcome.Find("loaded") is null && outcome.Find("generator_error") is null)
            error = $"the timing run stopped before your code loaded ({outcome.Termination})";
        return new TimingRun
        {
            Points = points.OrderBy(p => p.N).ToList(),
            Memory = memory.OrderBy(p => p.N).ToList(),
            Error = error,
            Distrusted = distrusted,
            ElapsedSeconds = outcome.ElapsedMs / 1000,
        };
    }

    private static string Describe(string type, JsonElement body)
    {
        var detail = body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object
            ? $"{Text(e, "type")}: {Text(e, "message")}"
            : "";
        return type switch
        {
            "generator_error" => $"the challenge's input generator failed ({detail})",
            "load_error" => $"your module raised while loading ({detail})",
            _ => $"your code raised on a generated input of size {Int(body, "n") ?? 0} ({detail})",
        };
    }

    private static List<double>? Seconds(JsonElement body)
    {
        if (!body.TryGetProperty("seconds", out var array) || array.ValueKind != JsonValueKind.Array) return null;
        var values = new List<double>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.GetDouble() is var s && s >= 0 && double.IsFinite(s)) values.Add(s);
        }
        return values;
    }

    private static int? Int(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static string Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
