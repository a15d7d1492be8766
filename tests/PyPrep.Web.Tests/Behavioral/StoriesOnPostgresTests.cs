using System.Net;
using Npgsql;
using PyPrep.Web.Tests.Infrastructure;
using PyPrep.Web.Tests.Persistence;

namespace PyPrep.Web.Tests.Behavioral;

/// <summary>The PostgreSQL migration holds stories, their prompt mappings and design worksheets too.</summary>
public sealed class StoriesOnPostgresTests
{
    [PostgresFact]
    public async Task Stories_and_worksheets_are_stored_edited_and_deleted_through_postgresql()
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

            var (created, story, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/stories",
                new { title = "On PostgreSQL", answer = Answers.Strong, prompts = new[] { "ownership-on-call", "proud-hardest-bug" } });
            var id = (string)story!["id"]!;
            var (updated, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, $"/api/stories/{id}",
                new { title = "On PostgreSQL", answer = Answers.Strong, prompts = new[] { "proud-hardest-bug", "deadline-tight" } });
            var (_, fetched) = await Api.GetAsync(client, $"/api/stories/{id}");
            var (saved, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/url-shortener/worksheet",
                new { answers = new Dictionary<string, string> { ["caching"] = "Redis with a TTL" } });
            var (_, worksheet) = await Api.GetAsync(client, "/api/design/url-shortener/worksheet");
            var (deleted, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Delete, $"/api/stories/{id}");
            var (_, list) = await Api.GetAsync(client, "/api/stories");

            Assert.Equal(HttpStatusCode.Created, created);
            Assert.Equal(HttpStatusCode.OK, updated);
            Assert.Equal(["deadline-tight", "proud-hardest-bug"], fetched!["prompts"]!.AsArray().Select(p => (string?)p!["id"]));
            Assert.Equal(HttpStatusCode.OK, saved);
            Assert.Equal("Redis with a TTL", (string?)worksheet!["answers"]!["caching"]);
            Assert.Equal(HttpStatusCode.NoContent, deleted);
            Assert.Empty(list!["stories"]!.AsArray());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
