using Microsoft.EntityFrameworkCore;
using PyPrep.Data.Providers;

namespace PyPrep.Web.Tests.Persistence;

/// <summary>
/// Each provider's migrations must describe the whole model: an entity added without a migration
/// for both SQLite and PostgreSQL (or a merge that dropped part of a model snapshot) fails here
/// instead of at a user's first start.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add NAME --context SqliteDbContext --output-dir Migrations/Sqlite");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add NAME --context PostgresDbContext --output-dir Migrations/Postgres");
    }
}
