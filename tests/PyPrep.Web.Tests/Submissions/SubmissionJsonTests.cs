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
    public void A_hidden_cases_error_keeps_only_the_kind_of_failure(string error, string shown)
    {
        Assert.Equal(shown, SubmissionJson.ExceptionName(error));
    }
}
