using System.Net;
using System.Text.Json.Nodes;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Submissions;

/// <summary>
/// Exploits a candidate could try to read hidden cases, each against <see cref="LeakProbe"/>, whose
/// hidden values occur nowhere else: every response the candidate gets is searched for every one of them.
/// </summary>
public sealed class HiddenCaseLeakTests(ProbeFactory factory) : IClassFixture<ProbeFactory>
{
    private const string Correct = "def shift(values, offset):\n    return [v + offset for v in values]\n";

    /// <summary>Spells a hidden case's input in the name of an exception class it makes up.</summary>
    private const string NamesTheException = """
        def shift(values, offset):
            if 271828 in values or 161803 in values:
                return [v + offset for v in values]
            name = "L_" + "_".join(str(x).replace("-", "m") for x in values) + "_T" + str(offset).replace("-", "m")
            raise type(name, (Exception,), {})()
        """;

    /// <summary>Sleeps for as many milliseconds as the first value says (mod 997).</summary>
    private const string SleepsTheValue = """
        import time
        def shift(values, offset):
            time.sleep(abs(values[0]) % 997 / 1000)
            return [v + offset for v in values]
        """;

    /// <summary>Finds its own job in memory and shows it through a visible case's output, error and answer.</summary>
    private const string ReadsItsJob = """
        import gc
        def shift(values, offset):
            jobs = [o for o in gc.get_objects() if isinstance(o, dict) and "cases" in o]
            text = repr([job["cases"] for job in jobs])
            print(text)
            if 161803 in values:
                return [text]
            raise ValueError(text)
        """;

    /// <summary>Reads the job while loading and fails to load only where it finds no visible value (the hidden run).</summary>
    private const string ReadsItsJobWhileLoading = """
        import gc
        _jobs = repr([o["cases"] for o in gc.get_objects() if isinstance(o, dict) and "cases" in o])
        print("loading", _jobs)
        if "271828" not in _jobs:
            raise ValueError(_jobs)
        def shift(values, offset):
            return [v + offset for v in values]
        """;

    [Fact]
    public async Task A_made_up_exception_name_shows_as_Exception_on_hidden_cases()
    {
        var recorder = new RecordingHandler();
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail(), recorder);

        var (status, body) = await Api.SubmitAsync(candidate.Client, NamesTheException, challenge: LeakProbe.Slug, csrf: candidate.Csrf);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("runtime_error", (string?)body["verdict"]);
        Assert.All(Hidden(body), c => Assert.Equal("Exception", (string?)c["error"]));
        HiddenCases.AssertProbeNotRevealed(recorder.Bodies);
    }

    [Fact]
    public async Task A_hidden_cases_time_is_only_a_power_of_ten_bound()
    {
        var recorder = new RecordingHandler();
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail(), recorder);

        var (_, body) = await Api.SubmitAsync(candidate.Client, SleepsTheValue, challenge: LeakProbe.Slug, csrf: candidate.Csrf);

        Assert.Equal("accepted", (string?)body["verdict"]);
        Assert.All(Hidden(body), c => Assert.Contains((double)c["time_ms"]!, new[] { 10.0, 100.0, 1000.0, 10000.0 }));
        Assert.All(Hidden(body), c => Assert.IsAssignableFrom<JsonValue>(c["time_ms"]));
        Assert.Contains(body["cases"]!.AsArray(), c => !(bool)c!["hidden"]! && (double)c["time_ms"]! is > 0 and not 10 and not 100);
        HiddenCases.AssertProbeNotRevealed(recorder.Bodies);
    }

    [Fact]
    public async Task Code_that_reads_its_job_in_a_visible_case_finds_no_hidden_input()
    {
        var recorder = new RecordingHandler();
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail(), recorder);

        var (_, body) = await Api.SubmitAsync(candidate.Client, ReadsItsJob, challenge: LeakProbe.Slug, csrf: candidate.Csrf);

        var visible = body["cases"]!.AsArray().Where(c => !(bool)c!["hidden"]!).ToList();
        // The exploit works: it found its own job and showed the visible inputs.
        Assert.Contains(LeakProbe.VisibleMarker, (string?)visible[0]!["stdout"]);
        Assert.Contains(LeakProbe.VisibleMarker, (string?)visible[0]!["error"]);
        Assert.Contains(LeakProbe.VisibleMarker, (string?)visible[1]!["actual"]);
        Assert.All(Hidden(body), c => Assert.Equal("ValueError", (string?)c["error"]));
        HiddenCases.AssertProbeNotRevealed(recorder.Bodies);
    }

    [Fact]
    public async Task Code_that_reads_its_job_while_loading_finds_no_hidden_input()
    {
        var recorder = new RecordingHandler();
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail(), recorder);

        var (_, submitted) = await Api.SubmitAsync(candidate.Client, ReadsItsJobWhileLoading, challenge: LeakProbe.Slug, csrf: candidate.Csrf);
        var (_, ran) = await Api.SubmitAsync(candidate.Client, ReadsItsJobWhileLoading, mode: "run", challenge: LeakProbe.Slug, csrf: candidate.Csrf);

        Assert.Equal("runtime_error", (string?)submitted["verdict"]);
        Assert.All(submitted["cases"]!.AsArray().Where(c => !(bool)c!["hidden"]!), c => Assert.Equal("passed", (string?)c!["status"]));
        Assert.Null(submitted["error"]);
        // Run mode loads (the exploit found the visible values it looks for); so did Submit's visible run.
        Assert.Equal("accepted", (string?)ran["verdict"]);
        HiddenCases.AssertProbeNotRevealed(recorder.Bodies);
    }

    [Fact]
    public async Task No_response_a_candidate_gets_carries_a_hidden_value()
    {
        var recorder = new RecordingHandler();
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail(), recorder);
        var client = candidate.Client;
        var ids = new List<string>();
        foreach (var code in new[] { Correct, NamesTheException, ReadsItsJob, ReadsItsJobWhileLoading })
        {
            var (_, body) = await Api.SubmitAsync(client, code, challenge: LeakProbe.Slug, csrf: candidate.Csrf);
            ids.Add((string)body["id"]!);
        }
        var (_, queued) = await Api.SubmitAsync(client, ReadsItsJob, wait: false, challenge: LeakProbe.Slug, csrf: candidate.Csrf);

        foreach (var id in ids.Append((string)queued["id"]!)) await Api.UntilDoneAsync(client, id);
        foreach (var url in new[] { "/api/session", "/api/challenges", $"/api/challenges/{LeakProbe.Slug}", $"/api/challenges/{LeakProbe.Slug}/submissions",
                     "/api/progress", $"/api/challenges/{LeakProbe.Slug}/walkthrough", $"/challenges/{LeakProbe.Slug}" })
            await client.GetAsync(url);
        foreach (var url in new[] { $"/api/challenges/{LeakProbe.Slug}/hints", $"/api/challenges/{LeakProbe.Slug}/give-up" })
            await JsonRequests.SendAsync(client, HttpMethod.Post, url, csrf: candidate.Csrf);
        var (scratch, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/scratch",
            new { challenge = LeakProbe.Slug, code = ReadsItsJobWhileLoading, scratch = "print(shift([1], 2))" }, candidate.Csrf);

        Assert.Equal(HttpStatusCode.OK, scratch);
        Assert.True(recorder.Bodies.Count >= 20, $"only {recorder.Bodies.Count} responses recorded");
        HiddenCases.AssertProbeNotRevealed(recorder.Bodies);
    }

    private static List<JsonNode> Hidden(JsonObject body)
    {
        var hidden = body["cases"]!.AsArray().Where(c => (bool)c!["hidden"]!).Select(c => c!).ToList();
        Assert.Equal(LeakProbe.HiddenCases.Count, hidden.Count);
        return hidden;
    }
}
