using PyPrep.Web.Features.Submissions;

namespace PyPrep.Web.Tests.Submissions;

public sealed class SubmissionJsonTests
{
    [Theory]
    [InlineData("KeyError: 42\n  File \"solution.py\", line 3", "KeyError")]
    [InlineData("ValueError: [1, 2, 3] is not allowed", "ValueError")]
    [InlineData("time limit exceeded", "time limit exceeded")]
    [InlineData("output limit exceeded: 65536 characters", "output limit exceeded")]
    [InlineData("while loading your module: NameError: x", "the case failed (details of hidden cases stay hidden)")]
    [InlineData("[1, 2, 3]", "the case failed (details of hidden cases stay hidden)")]
    [InlineData("L_7310481_m6620973_T4021377\n  File \"solution.py\", line 5", "Exception")]
    [InlineData("MyError: boom", "Exception")]
    [InlineData("RecursionError: maximum recursion depth exceeded", "RecursionError")]
    [InlineData("MemoryError", "MemoryError")]
    public void A_hidden_cases_error_keeps_only_a_built_in_kind_of_failure(string error, string shown)
    {
        Assert.Equal(shown, SubmissionJson.ExceptionName(error));
    }

    [Theory]
    [InlineData(0.0, 10)]
    [InlineData(3.2, 10)]
    [InlineData(10.0, 10)]
    [InlineData(10.5, 100)]
    [InlineData(731.0, 1000)]
    [InlineData(1999.0, 10000)]
    public void A_hidden_cases_time_is_rounded_up_to_a_power_of_ten(double ms, double shown)
    {
        Assert.Equal(shown, SubmissionJson.CoarseTime(ms));
    }
}
