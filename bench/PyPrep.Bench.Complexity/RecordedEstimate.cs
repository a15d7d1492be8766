using System.Text.Json;
using System.Text.Json.Serialization;
using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Bench.Complexity;

/// <summary>
/// One estimate's measurements as the benchmark saw them (--record), so the classifier can be
/// re-run on exactly the same data (--replay) and golden curves can become unit tests.
/// </summary>
internal sealed record RecordedEstimate
{
    public required string Solution { get; init; }
    public required string Label { get; init; }
    public int Run { get; init; }
    public required IReadOnlyList<TimingPoint> Samples { get; init; }
    public IReadOnlyList<RecordedReference> References { get; init; } = [];
    public string? Error { get; init; }
    public double WallSeconds { get; init; }
    public double? CpuSeconds { get; init; }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    public static IEnumerable<RecordedEstimate> ReadAll(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<RecordedEstimate>(l, Json)!);

    public IReadOnlyList<ReferenceCurve> Curves() =>
        References.Select(r => new ReferenceCurve(r.Name, Parse(r.Complexity), r.Samples)).ToList();

    public ComplexityClass LabelClass => Parse(Label);

    private static ComplexityClass Parse(string label) =>
        ComplexityLabels.TryParse(label, out var c) ? c : throw new InvalidDataException($"unknown label '{label}'");
}

/// <summary>A reference curve as recorded.</summary>
internal sealed record RecordedReference(string Name, string Complexity, IReadOnlyList<TimingPoint> Samples);
