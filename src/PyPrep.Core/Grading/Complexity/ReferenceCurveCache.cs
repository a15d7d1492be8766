using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Reference curves timed once per machine and kept as small JSON files (default
/// <c>./data/complexity-cache/</c>). The key covers the machine, the reference's code, the generator
/// and every timing setting, so a change to any of them retimes the reference.
/// </summary>
public sealed class ReferenceCurveCache(string directory)
{
    public string Directory { get; } = directory;

    public static string Key(ComplexityProblem problem, ComplexityProblem.ReferenceCode reference, ComplexityOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        var identity = string.Join("\n", TimingJob.Version, Environment.MachineName, Environment.ProcessorCount, problem.Kind, problem.Entry,
            problem.Generator, reference.Code, options.Seed, string.Join(",", options.Sizes()), options.SampleSeconds,
            options.ReferenceSamples, options.ReferenceBudgetSeconds, options.ReferenceDeadlineSeconds);
        // Only a smoke check (content validate) sets it; its curves must not share a key with full ones.
        if (options.MaxSizes is { } maxSizes) identity += $"\nmax_sizes={maxSizes}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
        var name = new string(reference.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return $"{problem.Slug}-{name}-{hash}";
    }

    public IReadOnlyList<TimingPoint>? TryGet(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<List<TimingPoint>>(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null; // a damaged cache entry is retaken, not trusted
        }
    }

    public void Save(string key, IReadOnlyList<TimingPoint> points)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(key);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(points));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(Directory, key + ".json");
}
