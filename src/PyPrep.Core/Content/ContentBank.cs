namespace PyPrep.Core.Content;

/// <summary>The whole question bank as read from a content folder, with every problem found.</summary>
public sealed class ContentBank
{
    public required string Root { get; init; }
    public required IReadOnlyList<Challenge> Challenges { get; init; }
    public required IReadOnlyList<ContentError> Errors { get; init; }

    public Challenge? Find(string slug) => Challenges.FirstOrDefault(c => c.Slug == slug);

    /// <summary>Reads every challenge under <c>ROOT/challenges</c>; broken ones are reported, not thrown.</summary>
    public static ContentBank Load(string root)
    {
        var challenges = new List<Challenge>();
        var errors = new List<ContentError>();
        var folder = Path.Combine(root, "challenges");
        if (Directory.Exists(folder))
        {
            foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            {
                try { challenges.Add(ChallengeLoader.Load(directory)); }
                catch (ContentException e) { errors.AddRange(e.Errors); }
            }
        }
        else
        {
            errors.Add(new ContentError(folder, 0, "content folder not found"));
        }
        return new ContentBank { Root = root, Challenges = challenges, Errors = errors };
    }

    /// <summary>
    /// Finds the content folder: <c>PYPREP_CONTENT</c> if set, else the nearest <c>content/</c> folder
    /// above the working directory or the program.
    /// </summary>
    public static string LocateRoot()
    {
        if (Environment.GetEnvironmentVariable("PYPREP_CONTENT") is { Length: > 0 } configured) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "challenges"))) return candidate;
            }
        }
        return Path.GetFullPath("content");
    }
}
