using PyPrep.Cli.Concepts;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Review;

namespace PyPrep.Cli.Tests.Concepts;

public sealed class ReviewStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pyprep-review-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_missing_file_starts_an_empty_schedule()
    {
        var store = ReviewStore.Load(Path.Combine(folder, "none.json"));
        Assert.Empty(store.Deck.Cards);
        Assert.Equal(20, store.NewCardsPerDay);
    }

    [Fact]
    public void Saved_schedule_and_settings_load_back_unchanged()
    {
        var path = Path.Combine(folder, "data", "review-me.json");
        var store = ReviewStore.Load(path);
        store.DesiredRetention = 0.85;
        store.NewCardsPerDay = 5;
        var scheduler = new FsrsScheduler(store.Settings, TimeProvider.System);
        var card = store.Deck.Answer(scheduler, "some-item", Rating.Good);
        store.Save();

        var loaded = ReviewStore.Load(path);
        Assert.Equal((0.85, 5), (loaded.DesiredRetention, loaded.NewCardsPerDay));
        Assert.Equal(card, loaded.Deck.Cards["some-item"]);
        Assert.Equal(Rating.Good, Assert.Single(loaded.Deck.Log).Rating);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"version\": 7}")]
    [InlineData("null")]
    public void An_unreadable_file_is_bad_input_naming_the_file(string text)
    {
        var path = Path.Combine(folder, "review-broken.json");
        File.WriteAllText(path, text);
        var error = Assert.Throws<InputException>(() => ReviewStore.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("move it away", error.Message, StringComparison.Ordinal);
    }
}
