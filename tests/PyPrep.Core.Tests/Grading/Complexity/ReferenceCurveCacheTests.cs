using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Core.Tests.Grading.Complexity;

public sealed class ReferenceCurveCacheTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "pyprep-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_saved_curve_is_read_back()
    {
        var cache = new ReferenceCurveCache(directory);
        cache.Save("two-sum-optimal", [new TimingPoint(16, 1.5e-6), new TimingPoint(32, 3e-6)]);
        Assert.Equal([new TimingPoint(16, 1.5e-6), new TimingPoint(32, 3e-6)], cache.TryGet("two-sum-optimal"));
        Assert.Null(cache.TryGet("missing"));
    }

    [Fact]
    public void A_damaged_entry_is_retaken_not_trusted()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "broken.json"), "{not json");
        Assert.Null(new ReferenceCurveCache(directory).TryGet("broken"));
    }

    [Fact]
    public void The_key_changes_with_the_code_and_the_settings()
    {
        var problem = new ComplexityProblem { Slug = "two-sum", Entry = "two_sum", Generator = "def generate(n, rng): return [[1] * n, 2]" };
        var reference = new ComplexityProblem.ReferenceCode("optimal.py", "def two_sum(nums, target): pass", ComplexityClass.Linear);
        var options = new ComplexityOptions();
        var key = ReferenceCurveCache.Key(problem, reference, options);
        Assert.Equal(key, ReferenceCurveCache.Key(problem, reference, options));
        Assert.NotEqual(key, ReferenceCurveCache.Key(problem, reference with { Code = "def two_sum(nums, target): return []" }, options));
        Assert.NotEqual(key, ReferenceCurveCache.Key(problem, reference, options with { Seed = 2 }));
        Assert.StartsWith("two-sum-optimal-py-", key, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
