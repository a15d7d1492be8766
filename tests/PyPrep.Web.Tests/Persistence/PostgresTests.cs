using Npgsql;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Persistence;

public sealed class PostgresTests
{
    [PostgresFact]
    public async Task Submissions_are_stored_and_read_back_through_postgresql()
    {
        var configured = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrEmpty(configured), $"CI is set but {PostgresFactAttribute.Variable} is not");
        var database = $"pyprep_test_{Guid.NewGuid():N}";
        var connection = new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString;
        try
        {
            using var factory = new PyPrepFactory(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = connection,
            });
            var client = factory.CreateClient();

            var (_, posted) = await Api.SubmitAsync(client, Api.Optimal);
            var (_, fetched) = await Api.GetAsync(client, $"/api/submissions/{posted["id"]}");
            var (_, history) = await Api.GetAsync(client, "/api/challenges/two-sum/submissions");
            var (_, progress) = await Api.GetAsync(client, "/api/progress");

            Assert.Equal("accepted", (string?)fetched!["verdict"]);
            Assert.Single(history!.AsArray());
            Assert.Equal(1, (int)progress!["solved"]!);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            // The maintenance database always exists; the configured one may not.
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
