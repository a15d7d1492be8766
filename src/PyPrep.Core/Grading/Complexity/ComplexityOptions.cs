namespace PyPrep.Core.Grading.Complexity;

/// <summary>How a complexity measurement runs. Bound from the "Complexity" configuration section.</summary>
public sealed record ComplexityOptions
{
    /// <summary>Hard deadline for one candidate's measurement, from sending the job: the sandbox is killed then.</summary>
    public double BudgetSeconds { get; init; } = 1.0;
    /// <summary>Samples per size; the minimum counts (noise only ever adds time).</summary>
    public int Samples { get; init; } = 5;
    /// <summary>Each sample repeats short calls until it lasts at least this long.</summary>
    public double SampleSeconds { get; init; } = 0.002;
    /// <summary>Sizes double from <see cref="MinN"/> to <see cref="MaxN"/> unless the generator declares its own.</summary>
    public int MinN { get; init; } = 16;
    public int MaxN { get; init; } = 65536;
    /// <summary>Time only the first this many sizes (of the generator's own SIZES too); null for all. For smoke checks.</summary>
    public int? MaxSizes { get; init; }
    /// <summary>Seed of the generator's random source, so a run can be reproduced.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Also measure peak memory per size (tracemalloc, on an extra untimed call).</summary>
    public bool Memory { get; init; } = true;
    /// <summary>Budget and samples for timing the reference solutions, once per machine (then cached).</summary>
    public double ReferenceBudgetSeconds { get; init; } = 3.0;
    public int ReferenceSamples { get; init; } = 7;
    public ClassifierSettings Classifier { get; init; } = ClassifierSettings.Default;

    /// <summary>The planned sizes: doubling from <see cref="MinN"/> to <see cref="MaxN"/>.</summary>
    public IReadOnlyList<int> Sizes()
    {
        var sizes = new List<int>();
        for (long n = Math.Max(1, MinN); n <= MaxN; n *= 2) sizes.Add((int)n);
        return sizes;
    }
}
