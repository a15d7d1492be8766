using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PyPrep.EndToEnd.Tests;

/// <summary>
/// The real site on Kestrel (127.0.0.1, a free port, a fresh SQLite file, the real sandbox) and one
/// headless Debian chromium shared by every browser test.
/// </summary>
public sealed class SiteAndBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "pyprep-e2e", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium");
        Directory.CreateDirectory(dataDirectory);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "pyprep.db")}")
            // One new concept card a day, so a card answered wrong is the next one shown (its
            // relearning step is within the learn-ahead window) instead of coming after 19 others.
            .UseSetting("Review:NewCardsPerDay", "1"));
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
    }

    /// <summary>artifacts/ at the repository root, where the screenshots go.</summary>
    public static string ArtifactsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PyPrep.slnx"))) return Directory.CreateDirectory(Path.Combine(dir.FullName, "artifacts", "e2e")).FullName;
        }
        return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "e2e")).FullName;
    }
}
