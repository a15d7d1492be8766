using System.Text.Json;
using System.Text.Json.Serialization;
using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Review;

namespace PyPrep.Cli.Concepts;

/// <summary>
/// One profile's review schedule and settings in a small JSON file under ./data/. Written to a
/// temporary file and moved into place, so an interrupted quiz never leaves half a file.
/// </summary>
internal sealed class ReviewStore
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public required string Path { get; init; }
    public ReviewDeck Deck { get; init; } = new();
    public int NewCardsPerDay { get; set; } = new ReviewSettings().NewCardsPerDay;
    public double DesiredRetention { get; set; } = new ReviewSettings().DesiredRetention;

    public ReviewSettings Settings => new() { NewCardsPerDay = NewCardsPerDay, DesiredRetention = DesiredRetention };

    public static string DefaultPath(string profile) =>
        System.IO.Path.Combine(Directory.GetCurrentDirectory(), "data", $"review-{profile}.json");

    /// <summary>Reads the file, or starts empty when there is none; a file that cannot be read is bad input.</summary>
    public static ReviewStore Load(string path)
    {
        if (!File.Exists(path)) return new ReviewStore { Path = path };
        try
        {
            var file = JsonSerializer.Deserialize<StoredFile>(File.ReadAllText(path), Json)
                       ?? throw new JsonException("the file is empty");
            if (file.Version != 1) throw new JsonException($"unknown version {file.Version}");
            var deck = new ReviewDeck();
            foreach (var card in file.Cards ?? []) deck.Cards[card.ItemId] = card;
            deck.Log.AddRange(file.Log ?? []);
            return new ReviewStore
            {
                Path = path,
                Deck = deck,
                NewCardsPerDay = file.NewCardsPerDay,
                DesiredRetention = file.DesiredRetention,
            };
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException($"cannot read the review schedule {path}: {e.Message} (fix the file, or move it away to start afresh)");
        }
    }

    public void Save()
    {
        var file = new StoredFile(1, NewCardsPerDay, DesiredRetention, [.. Deck.Cards.Values.OrderBy(c => c.ItemId, StringComparer.Ordinal)], Deck.Log);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(file, Json));
        File.Move(temporary, Path, overwrite: true);
    }

    private sealed record StoredFile(int Version, int NewCardsPerDay, double DesiredRetention, List<ReviewCard>? Cards, List<ReviewLog>? Log);
}
