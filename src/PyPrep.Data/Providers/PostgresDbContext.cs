using Microsoft.EntityFrameworkCore;

namespace PyPrep.Data.Providers;

/// <summary>PostgreSQL, for several web nodes sharing one database. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : PyPrepDbContext(options);
