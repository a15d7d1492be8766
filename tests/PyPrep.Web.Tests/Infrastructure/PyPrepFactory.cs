using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>
/// The real site (real sandbox, real SQLite file in a temporary folder) under test, configured
/// through settings so each fixture can pick its mode and limits.
/// </summary>
public class PyPrepFactory : WebApplicationFactory<Program>
{
    public PyPrepFactory() : this(new Dictionary<string, string?>()) { }

    public PyPrepFactory(IDictionary<string, string?> settings, string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "pyprep-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        Settings = new Dictionary<string, string?>(settings);
        Settings.TryAdd("Database:ConnectionString", $"Data Source={Path.Combine(DataDirectory, "pyprep.db")}");
    }

    public string DataDirectory { get; }
    public Dictionary<string, string?> Settings { get; }
    /// <summary>Extra services registered after the site's own (e.g. a stand-in analyzer).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ExtraServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ExtraServices is { } extra) builder.ConfigureServices(extra);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
