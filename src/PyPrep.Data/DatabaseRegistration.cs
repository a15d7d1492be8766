using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PyPrep.Data.Providers;

namespace PyPrep.Data;

/// <summary>Registers <see cref="PyPrepDbContext"/> backed by the chosen provider.</summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddPyPrepDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                CreateFolderFor(connectionString);
                services.AddDbContext<PyPrepDbContext, SqliteDbContext>(options =>
                    options.UseSqlite(connectionString).AddInterceptors(new SqliteTuning()));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PyPrepDbContext, PostgresDbContext>(options => options.UseNpgsql(connectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown database provider");
        }
        return services;
    }

    private static void CreateFolderFor(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
