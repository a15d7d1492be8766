using System.Net;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Grading;

public sealed class SandboxFailureTests
{
    [Fact]
    public void Team_mode_refuses_to_start_when_the_sandbox_cannot_run_a_job()
    {
        // The file exists, so only running a job can tell that this "bubblewrap" never starts anything.
        using var factory = new PyPrepFactory(new Dictionary<string, string?>
        {
            ["PyPrep:Mode"] = "Team",
            ["Sandbox:BwrapPath"] = "/bin/false",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("team mode needs the real sandbox", error.ToString());
        Assert.Contains("did not start", error.ToString());
    }

    [Fact]
    public async Task Solo_mode_with_a_sandbox_that_cannot_run_reports_it_unhealthy_and_refuses_submissions()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Sandbox:BwrapPath"] = "/bin/false" });
        var client = factory.CreateClient();

        var (health, body) = await Api.GetAsync(client, "/healthz");
        var (status, _) = await Api.SubmitAsync(client, Api.Optimal);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
        Assert.False((bool)body!["sandbox"]!);
        Assert.Contains("did not start", (string?)body["sandbox_problem"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
    }

    [Fact]
    public async Task A_submission_the_sandbox_fails_to_run_stays_queued_and_is_graded_once_the_sandbox_works()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pyprep-web-tests", "bwrap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var broken = Path.Combine(folder, "broken");
        var bwrap = Path.Combine(folder, "bwrap");
        // Bubblewrap that fails to start while the flag file exists (run as the sandbox user: all may read and run it).
        File.WriteAllText(bwrap, $"#!/bin/sh\n[ -e '{broken}' ] && exit 1\nexec /usr/bin/bwrap \"$@\"\n");
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(bwrap, (UnixFileMode)0b111_101_101); // the sandbox runs on Linux only
        using var factory = new PyPrepFactory(new Dictionary<string, string?>
        {
            ["Sandbox:BwrapPath"] = bwrap,
            ["Sandbox:WarmSlots"] = "0", // every job starts its own sandbox through the script
        });
        var client = factory.CreateClient();

        File.WriteAllText(broken, "");
        var (_, posted) = await Api.SubmitAsync(client, Api.Optimal, mode: "run", wait: false);
        var id = (string)posted["id"]!;
        await UntilAsync(async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.ServiceUnavailable, "healthz never reported the broken sandbox");
        var (_, waiting) = await Api.GetAsync(client, $"/api/submissions/{id}");
        var (_, health) = await Api.GetAsync(client, "/healthz");
        File.Delete(broken);
        var done = await Api.UntilDoneAsync(client, id);
        var healthAfter = await client.GetAsync("/healthz");

        Assert.NotEqual("done", (string?)waiting!["status"]);
        Assert.Null(waiting["verdict"]);
        Assert.False((bool)health!["sandbox"]!);
        Assert.Equal("accepted", (string?)done["verdict"]);
        Assert.Equal(HttpStatusCode.OK, healthAfter.StatusCode);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }
}
