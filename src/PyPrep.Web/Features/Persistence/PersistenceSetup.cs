using Microsoft.EntityFrameworkCore;
using PyPrep.Data;

namespace PyPrep.Web.Features.Persistence;

/// <summary>Registers the database and brings its schema up to date before the site answers.</summary>
public static class PersistenceSetup
{
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(PersistenceOptions.Section)
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required for PostgreSQL")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        builder.Services.AddPyPrepDatabase(options.Provider, options.EffectiveConnectionString);
        return builder;
    }

    /// <summary>Applies the provider's migrations (Migrations/Sqlite or Migrations/Postgres of PyPrep.Data).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PersistenceOptions>>().Value; // validates first
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PyPrepDbContext>();
        await db.Database.MigrateAsync();
    }
}
