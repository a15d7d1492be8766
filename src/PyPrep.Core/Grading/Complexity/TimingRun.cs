using System.Text.Json;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The sizes one timing run measured, each cross-checked against the host's clock (DESIGN.md
/// decision 3): for every size the harness opens a window holding calls and nothing else
/// (<c>window_begin</c> … <c>window_end</c>), the host stamps both records with the CPU time it
/// reads from outside as they arrive, and a size whose claimed time is far below what the stamps
/// show takes the host's figure instead, so code that patches the harness's clock gains nothing.
/// A size without a window is not confirmed and is left out.
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
    /// <summary>Whether the code changed its arguments (then each call was timed on its own copy).</summary>
    public bool Mutated { get; init; }
    public double ElapsedSeconds { get; init; }
    /// <summary>CPU time the interpreter used from the job to its last record, as the host read it; null when it could not.</summary>
    public double? CpuSeconds { get; init; }

    public static TimingRun From(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var samples = new SortedDictionary<int, List<double>>();
        var begins = new Dictionary<int, HarnessRecord>();
        var ends = new Dictionary<int, HarnessRecord>();
        var memory = new List<MemoryPoint>();
        var mutated = false;
        string? error = null;
        foreach (var record in outcome.Records)
        {
            var body = record.Body;
            switch (record.Type)
            {
                case "window_begin" when Int(body, "n") is { } n:
                    begins.TryAdd(n, record);
                    break;
                case "window_end" when Int(body, "n") is { } n && begins.ContainsKey(n):
                    ends.TryAdd(n, record);
                    mutated |= body.TryGetProperty("mutated", out var m) && m.ValueKind == JsonValueKind.True;
                    break;
                case "sample" when Int(body, "n") is { } n && Seconds(body) is { } seconds:
                    if (!samples.TryGetValue(n, out var list)) samples[n] = list = [];
                    list.Add(seconds);
                    break;
                case "memory" when Int(body, "n") is { } n && body.TryGetProperty("peak_bytes", out var peak) && peak.TryGetInt64(out var bytes):
                    if (memory.All(p => p.N != n)) memory.Add(new MemoryPoint(n, bytes));
                    break;
                case "syntax_error":
                    error ??= $"syntax error on line {Int(body, "line") ?? 0}";
                    break;
                case "load_error" or "generator_error" or "time_error":
                    error ??= Describe(record.Type, body);
                    break;
            }
        }
        var points = new List<TimingPoint>();
        var distrusted = 0;
        foreach (var (n, list) in samples)
        {
            if (!begins.TryGetValue(n, out var begun) || !ends.TryGetValue(n, out var ended)) continue;
            var calls = Int(ended.Body, "calls") ?? 0;
            if (calls <= 0) continue;
            var claimed = list.Min();
            // The interpreter's CPU time read by the host when it can, else its wall clock.
            var hostSeconds = ended.CpuMs is { } cpuEnd && begun.CpuMs is { } cpuBegin
                ? (cpuEnd - cpuBegin) / 1000
                : (ended.AtMs - begun.AtMs) / 1000;
            var hostMean = Math.Max(0, hostSeconds - HostSlackSeconds) / calls;
            var effective = claimed;
            if (hostMean / HostFactor > claimed)
            {
                effective = hostMean / HostFactor;
                distrusted++;
            }
            // A claim of zero is no measurement unless the host confirms one.
            if (effective > 0) points.Add(new TimingPoint(n, effective));
        }
        if (error is null && outcome.Find("loaded") is null && outcome.Find("generator_error") is null)
            error = $"the timing run stopped before your code loaded ({outcome.Termination})";
        return new TimingRun
        {
            Points = points,
            Memory = memory.OrderBy(p => p.N).ToList(),
            Error = error,
            Distrusted = distrusted,
            Mutated = mutated,
            ElapsedSeconds = outcome.ElapsedMs / 1000,
            CpuSeconds = outcome.Records.LastOrDefault(r => r.CpuMs is not null)?.CpuMs / 1000,
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

    private static double? Seconds(JsonElement body) =>
        body.TryGetProperty("seconds", out var value) && value.ValueKind == JsonValueKind.Number && value.GetDouble() is var s
            && s >= 0 && double.IsFinite(s) ? s : null;

    private static int? Int(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static string Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
