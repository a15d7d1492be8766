using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace PyPrep.Web.Hosting;

/// <summary>The parts every feature relies on: the mode, the URL, problem details, pages and static files.</summary>
public static class HostingSetup
{
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section)
            .Validate(o => o.MaxCodeBytes is >= 1024 and <= 1024 * 1024, "PyPrep:MaxCodeBytes must be between 1024 and 1048576")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();

        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(HostingOptions.DefaultUrl);
        if (options.Mode == WebMode.Solo)
        {
            // Refuse early what --urls says; then check what the server really bound (Kestrel endpoints win over --urls).
            LoopbackGuard.Check(builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? HostingOptions.DefaultUrl);
            builder.Services.AddHostedService<BoundAddressGuard>();
        }

        // Every SQL statement at Information level would drown the log under load.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddProblemDetails();
        builder.Services.AddRazorPages(pages => pages.RootDirectory = "/Features");
        return builder;
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(HostingSetup).Assembly, "PyPrep.Web.wwwroot"),
        });
        app.UseRouting();
        return app;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    public static HostingOptions Hosting(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<HostingOptions>>().Value;
}
