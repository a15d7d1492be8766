using Npgsql;
using PyPrep.Core.Concepts;
using PyPrep.Web.Tests.Persistence;
using static PyPrep.Web.Tests.Review.ReviewSite;

namespace PyPrep.Web.Tests.Review;

public sealed class ReviewPostgresTests
{
    [PostgresFact]
    public async Task Review_cards_and_regrades_are_stored_through_postgresql()
    {
        var configured = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrEmpty(configured), $"CI is set but {PostgresFactAttribute.Variable} is not");
        var database = $"pyprep_test_{Guid.NewGuid():N}";
        var connection = new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString;
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];
        try
        {
            using var factory = Create(clock, extra: new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = connection,
            });
            var client = factory.CreateClient();

            await AnsweredAsync(client, new { item = item.Id, text = item.ExpectedAnswer, elapsed_ms = 2000 });
            var (_, lowered) = await Infrastructure.Api.PostRawAsync(client, "/api/review/regrade",
                System.Text.Json.JsonSerializer.Serialize(new { item = item.Id, rating = "again" }));
            clock.Advance(TimeSpan.FromMinutes(2));
            var next = await NextAsync(client, topic.Id);

            Assert.Equal("again", (string?)lowered["rating"]);
            Assert.Equal(item.Id, (string?)next["card"]!["id"]);
            Assert.Equal("learning", (string?)next["card"]!["state"]);
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
