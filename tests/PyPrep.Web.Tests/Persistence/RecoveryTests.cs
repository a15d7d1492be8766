using Microsoft.Extensions.DependencyInjection;
using PyPrep.Data;
using PyPrep.Data.Submissions;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Persistence;

public sealed class RecoveryTests
{
    [Fact]
    public async Task A_submission_stored_but_never_graded_is_graded_after_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pyprep-web-tests", Guid.NewGuid().ToString("N"));
        var id = Guid.CreateVersion7();
        using (var first = new PyPrepFactory(new Dictionary<string, string?>(), folder))
        {
            _ = first.CreateClient();
            // As if the server died between storing the submission and grading it.
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
            db.Submissions.Add(new Submission
            {
                Id = id, UserId = "local", Challenge = "two-sum", Mode = SubmissionMode.Submit, Code = Api.Optimal,
                CodeSha256 = "unused", Status = SubmissionStatus.Running, CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var second = new PyPrepFactory(new Dictionary<string, string?>(), folder);
        var done = await Api.UntilDoneAsync(second.CreateClient(), id.ToString());

        Assert.Equal("accepted", (string?)done["verdict"]);
    }
}
