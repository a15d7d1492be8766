using PyPrep.Web.Hosting;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public void Team_mode_refuses_to_start_without_the_real_sandbox()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?>
        {
            ["PyPrep:Mode"] = "Team",
            ["Sandbox:BwrapPath"] = "/nonexistent/bwrap",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("team mode needs the real sandbox", error.ToString());
    }

    [Fact]
    public async Task Solo_mode_without_the_sandbox_starts_and_refuses_submissions_with_503()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Sandbox:BwrapPath"] = "/nonexistent/bwrap" });
        var client = factory.CreateClient();

        var (status, body) = await Api.SubmitAsync(client, Api.Optimal);
        var health = await client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("bubblewrap", (string?)body["detail"]);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public void Invalid_grading_options_stop_the_start()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Grading:Workers"] = "0" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Grading:Workers", error.ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://127.0.0.2:8080", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://192.168.1.10:5000", false)]
    [InlineData("http://example.com:5000", false)]
    public void Solo_mode_listens_on_loopback_only(string url, bool allowed)
    {
        Assert.Equal(allowed, LoopbackGuard.IsLoopback(url));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.10:5080")]
    public async Task Solo_mode_stops_once_started_when_the_server_bound_beyond_loopback(string bound)
    {
        // Kestrel endpoints from configuration win over --urls, so only the bound addresses tell.
        var guard = new BoundAddressGuard(new BoundServer("http://127.0.0.1:5000", bound));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => guard.StartedAsync(CancellationToken.None));

        Assert.Contains("solo mode has no sign-in, so it only listens on loopback", error.Message);
        Assert.Contains(bound, error.Message);
    }

    [Fact]
    public async Task Solo_mode_keeps_running_when_every_bound_address_is_loopback()
    {
        var guard = new BoundAddressGuard(new BoundServer("http://127.0.0.1:5000", "http://[::1]:5000", "http://localhost:5001"));

        await guard.StartedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Solo_mode_serves_on_a_loopback_kestrel_endpoint()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:0" });
        factory.UseKestrel(0);

        factory.StartServer();
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_the_sandbox_and_the_queue()
    {
        using var factory = new SoloFactory();
        var (status, body) = await Api.GetAsync(factory.CreateClient(), "/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal("ok", (string?)body!["status"]);
        Assert.True((bool)body["database"]!);
        Assert.True((bool)body["sandbox"]!);
        Assert.True((int)body["grading"]!["workers"]! >= 1);
    }

    [Fact]
    public async Task An_unknown_challenge_page_is_404_and_accounts_do_not_exist_in_solo_mode()
    {
        using var factory = new SoloFactory();
        var client = factory.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/challenges/nope")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.PostAsync("/api/account/login", null)).StatusCode);
    }
}
