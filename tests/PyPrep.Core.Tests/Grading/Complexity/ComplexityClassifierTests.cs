using PyPrep.Core.Grading.Complexity;
using static PyPrep.Core.Tests.Grading.Complexity.SyntheticTimings;

namespace PyPrep.Core.Tests.Grading.Complexity;

public sealed class ComplexityClassifierTests
{
    public static TheoryData<string, int> Phases() => new() { { "run a", 0 }, { "run b", 3 }, { "run c", 7 } };

    [Theory]
    [MemberData(nameof(Phases))]
    public void A_constant_time_function_reads_O_1(string run, int phase)
    {
        _ = run;
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), Constant, 3e-7, noise: 0.05, phase: phase));
        Assert.Equal(ComplexityClass.Constant, estimate.Class);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void Bisect_like_growth_reads_O_log_n_not_O_1(string run, int phase)
    {
        _ = run;
        // bisect: ~150 ns per call plus ~25 ns per halving.
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), Log, 2.5e-8, overhead: 1.5e-7, phase: phase));
        Assert.Equal(ComplexityClass.Logarithmic, estimate.Class);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void A_constant_time_call_that_drifts_a_little_as_its_input_grows_reads_O_1(string run, int phase)
    {
        _ = run;
        // Reading the ends of a longer list: ~1% slower per doubling (colder cache lines), no log n.
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), n => 1 + 0.012 * Math.Log2(n / 16), 1e-7, overhead: 0, noise: 0.03, phase: phase));
        Assert.Equal(ComplexityClass.Constant, estimate.Class);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void A_linear_scan_reads_O_n(string run, int phase)
    {
        _ = run;
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), Linear, 4e-8, phase: phase));
        Assert.Equal(ComplexityClass.Linear, estimate.Class);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void A_nested_loop_reads_O_n_squared(string run, int phase)
    {
        _ = run;
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(16, 2048), Quadratic, 3e-8, overhead: 1e-6, phase: phase));
        Assert.Equal(ComplexityClass.Quadratic, estimate.Class);
    }

    [Fact]
    public void A_triple_loop_reads_O_n_cubed()
    {
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(8, 256), Cubic, 2e-8, overhead: 1e-6));
        Assert.Equal(ComplexityClass.Cubic, estimate.Class);
    }

    [Fact]
    public void Subset_enumeration_on_growing_n_reads_O_2_to_the_n()
    {
        var sizes = Enumerable.Range(4, 16).ToList();
        var estimate = ComplexityClassifier.Classify(Curve(sizes, n => Math.Pow(2, n), 5e-8, overhead: 1e-6));
        Assert.Equal(ComplexityClass.Exponential, estimate.Class);
    }

    [Fact]
    public void Dict_based_two_sum_with_memory_effects_reads_O_n_against_the_references()
    {
        // The measurement: a dict's cost per element grows from 55 ns at n=256 to 400 ns at
        // n=1M, so on its own the curve looks steeper than n log n. Its reference twin shows the same.
        var references = TwoSumReferences();
        var candidate = Curve(Doubling(), Linear, 6e-8, memoryGrowth: 1.18, phase: 2);
        var estimate = ComplexityClassifier.Classify(candidate, references);
        Assert.Equal(ComplexityClass.Linear, estimate.Class);
        Assert.Equal("reference", estimate.Method);
    }

    [Fact]
    public void Sort_based_two_sum_reads_O_n_log_n_against_the_references()
    {
        var candidate = Curve(Doubling(), Linearithmic, 2.2e-8, memoryGrowth: 1.03, phase: 5);
        var estimate = ComplexityClassifier.Classify(candidate, TwoSumReferences());
        Assert.Equal(ComplexityClass.Linearithmic, estimate.Class);
    }

    [Fact]
    public void A_reference_of_one_class_still_separates_its_neighbour()
    {
        // Only an O(n) reference: the O(n log n) curve is derived from it.
        var references = new List<ReferenceCurve> { new("scan.py", ComplexityClass.Linear, Curve(Doubling(), Linear, 3e-8, memoryGrowth: 1.05)) };
        var sorting = ComplexityClassifier.Classify(Curve(Doubling(), Linearithmic, 2e-8, memoryGrowth: 1.05, phase: 1), references);
        var scanning = ComplexityClassifier.Classify(Curve(Doubling(), Linear, 5e-8, memoryGrowth: 1.05, phase: 4), references);
        Assert.Equal(ComplexityClass.Linearithmic, sorting.Class);
        Assert.Equal(ComplexityClass.Linear, scanning.Class);
    }

    [Fact]
    public void A_sort_whose_curve_a_busy_cache_steepens_still_reads_O_n_log_n()
    {
        // On a busy machine a sort's cost per comparison rises with n (shared cache thrashed): its
        // exponent nears 1.5, yet it stays clear of n², and the log factor only grows.
        var candidate = Curve(Doubling(16, 32768), Linearithmic, 5e-9, memoryGrowth: 1.3, phase: 3);
        var references = new List<ReferenceCurve>
        {
            new("merge_sort.py", ComplexityClass.Linearithmic, Curve(Doubling(16, 32768), Linearithmic, 4e-8, memoryGrowth: 1.3)),
            new("counting.py", ComplexityClass.Linear, Curve(Doubling(16, 65536), Linear, 1e-7, memoryGrowth: 1.1)),
            new("insertion.py", ComplexityClass.Quadratic, Curve(Doubling(16, 1024), Quadratic, 3e-8, memoryGrowth: 1.1)),
        };
        Assert.Equal(ComplexityClass.Linearithmic, ComplexityClassifier.Classify(candidate).Class);
        Assert.Equal(ComplexityClass.Linearithmic, ComplexityClassifier.Classify(candidate, references).Class);
    }

    [Fact]
    public void A_curve_growing_slower_than_an_O_n_reference_is_not_O_n_log_n()
    {
        // The cached reference was timed while other work thrashed the cache: its cost per item
        // climbs far more than the candidate's, which only steps up once past the cache.
        var references = new List<ReferenceCurve> { new("iterative.py", ComplexityClass.Linear, Curve(Doubling(128, 65536), Linear, 1.2e-8, memoryGrowth: 1.5)) };
        var candidate = Curve(Doubling(128, 65536), n => n * (n >= 8192 ? 1.45 : 1), 1.2e-8, phase: 2);
        var estimate = ComplexityClassifier.Classify(candidate, references);
        Assert.Equal(ComplexityClass.Linear, estimate.Class);
        Assert.Equal("reference", estimate.Method);
    }

    [Fact]
    public void Without_references_dict_memory_effects_are_not_claimed_as_linear_with_confidence()
    {
        // The generic fit cannot tell this from n log n; it must not claim O(n) with confidence.
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), Linear, 6e-8, memoryGrowth: 1.18));
        Assert.NotEqual(ComplexityClass.Quadratic, estimate.Class);
        Assert.True(estimate.Class != ComplexityClass.Linear || estimate.Confidence < 0.9);
    }

    [Fact]
    public void Too_few_sizes_is_not_sure()
    {
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(16, 64), Quadratic, 3e-8));
        Assert.Null(estimate.Class);
        Assert.Contains("sizes", estimate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_between_two_classes_is_not_sure()
    {
        // n^1.6 sits on the border between linear-ish and quadratic.
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), n => Math.Pow(n, 1.6), 1e-8, overhead: 0, noise: 0));
        Assert.Null(estimate.Class);
        Assert.NotNull(estimate.Reason);
    }

    [Fact]
    public void Linear_and_quadratic_are_never_confused_under_heavy_noise()
    {
        for (var phase = 0; phase < 40; phase++)
        {
            var linear = ComplexityClassifier.Classify(Curve(Doubling(16, 8192), Linear, 5e-8, noise: 0.3, phase: phase));
            var quadratic = ComplexityClassifier.Classify(Curve(Doubling(16, 2048), Quadratic, 3e-8, overhead: 1e-6, noise: 0.3, phase: phase));
            Assert.NotEqual(ComplexityClass.Quadratic, linear.Class);
            Assert.NotEqual(ComplexityClass.Linear, quadratic.Class);
            Assert.NotEqual(ComplexityClass.Linearithmic, quadratic.Class);
        }
    }

    [Fact]
    public void Confidence_is_between_zero_and_one()
    {
        var estimate = ComplexityClassifier.Classify(Curve(Doubling(), Linear, 4e-8));
        Assert.InRange(estimate.Confidence, 0, 1);
    }

    private static List<ReferenceCurve> TwoSumReferences() =>
    [
        new("optimal.py", ComplexityClass.Linear, Curve(Doubling(), Linear, 5.5e-8, memoryGrowth: 1.18)),
        new("sorted_two_pointers.py", ComplexityClass.Linearithmic, Curve(Doubling(), Linearithmic, 2e-8, memoryGrowth: 1.03)),
        new("brute_force.py", ComplexityClass.Quadratic, Curve(Doubling(16, 2048), Quadratic, 3e-8)),
    ];
}
