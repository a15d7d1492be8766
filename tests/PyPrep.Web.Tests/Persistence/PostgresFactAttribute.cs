namespace PyPrep.Web.Tests.Persistence;

/// <summary>
/// A test that needs a real PostgreSQL server (connection string in PYPREP_TEST_POSTGRES, set by
/// .ci/run). Skipped on a developer machine without one; never skipped when CI is set, where a
/// missing server fails the test instead.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "PYPREP_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"{Variable} is not set (a PostgreSQL connection string); CI always sets it";
    }
}
