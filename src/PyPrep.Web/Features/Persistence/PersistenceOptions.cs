using PyPrep.Data;

namespace PyPrep.Web.Features.Persistence;

/// <summary>Which database to use. Bound from "Database"; the default is a SQLite file under ./data/.</summary>
public sealed record PersistenceOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    /// <summary>Empty means <c>Data Source=./data/pyprep.db</c> for SQLite; PostgreSQL needs one.</summary>
    public string? ConnectionString { get; init; }

    public string EffectiveConnectionString => ConnectionString is { Length: > 0 } configured
        ? configured
        : $"Data Source={Path.Combine(Directory.GetCurrentDirectory(), "data", "pyprep.db")}";
}
