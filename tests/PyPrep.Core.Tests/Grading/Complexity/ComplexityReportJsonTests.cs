using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Core.Tests.Grading.Complexity;

public sealed class ComplexityReportJsonTests
{
    [Fact]
    public void The_contract_fields_are_present()
    {
        var report = new ComplexityReport
        {
            Estimate = new ComplexityEstimate { Class = ComplexityClass.Quadratic, Closest = ComplexityClass.Quadratic, Confidence = 0.9376 },
            Expected = ComplexityClass.Linear,
            Samples = [new TimingPoint(16, 1e-6), new TimingPoint(32, 4e-6)],
            References = [new ReferenceCurve("optimal.py", ComplexityClass.Linear, [new TimingPoint(16, 1e-7)])],
            Memory = [new MemoryPoint(16, 224)],
            MemoryEstimate = new ComplexityEstimate { Class = ComplexityClass.Constant, Confidence = 1 },
        };
        var json = ComplexityReportJson.Build(report);
        Assert.Equal("O(n^2)", (string?)json["estimate"]);
        Assert.Equal("O(n)", (string?)json["expected"]);
        Assert.Equal(0.938, (double?)json["confidence"]);
        Assert.Equal(32, (int?)json["samples"]![1]!["n"]);
        Assert.Equal(4e-6, (double?)json["samples"]![1]!["seconds"]);
        Assert.Equal("optimal.py", (string?)json["reference"]![0]!["solution"]);
        Assert.Equal("O(1)", (string?)json["memory"]!["estimate"]);
        Assert.True(report.SlowerThanExpected);
    }

    [Fact]
    public void Not_sure_is_a_null_estimate_with_the_reason_and_the_closest_class()
    {
        var report = new ComplexityReport { Estimate = ComplexityEstimate.NotSure("too noisy", ComplexityClass.Linear, 0.2) };
        var json = ComplexityReportJson.Build(report);
        Assert.True(json.ContainsKey("estimate"));
        Assert.Null(json["estimate"]);
        Assert.Equal("O(n)", (string?)json["closest"]);
        Assert.Equal("too noisy", (string?)json["note"]);
        Assert.False(report.SlowerThanExpected);
    }

    [Fact]
    public void Expected_is_a_contract_label_or_null_and_the_wording_goes_to_expected_text()
    {
        var estimate = new ComplexityEstimate { Class = ComplexityClass.Linearithmic, Confidence = 0.8 };
        var free = ComplexityReportJson.Build(new ComplexityReport { Estimate = estimate, ExpectedText = "O(n log k)" });
        Assert.Null(free["expected"]);
        Assert.Equal("O(n log k)", (string?)free["expected_text"]);

        var worded = ComplexityReportJson.Build(new ComplexityReport
            { Estimate = estimate, Expected = ComplexityClass.Linear, ExpectedText = "O(n), n operations at O(1) each" });
        Assert.Equal("O(n)", (string?)worded["expected"]);
        Assert.Equal("O(n), n operations at O(1) each", (string?)worded["expected_text"]);

        var plain = ComplexityReportJson.Build(new ComplexityReport { Estimate = estimate, Expected = ComplexityClass.Linear, ExpectedText = "O(n)" });
        Assert.False(plain.ContainsKey("expected_text"));
    }
}
