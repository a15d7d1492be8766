using Microsoft.EntityFrameworkCore;

namespace PyPrep.Data.Providers;

/// <summary>The embedded default: one SQLite file under ./data/. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : PyPrepDbContext(options);
