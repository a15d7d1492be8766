using Microsoft.EntityFrameworkCore;
using PyPrep.Data;
using PyPrep.Data.Progress;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Progress;

/// <summary>What a user has achieved: solved means an accepted Submit; attempted means any submission.</summary>
public sealed class ProgressQueries(PyPrepDbContext db)
{
    public const string Accepted = "accepted";

    public async Task<HashSet<string>> SolvedAsync(string userId, CancellationToken cancellationToken = default) =>
        (await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Mode == SubmissionMode.Submit && s.Verdict == Accepted)
            .Select(s => s.Challenge).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<HashSet<string>> AttemptedAsync(string userId, CancellationToken cancellationToken = default) =>
        (await db.Submissions.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => s.Challenge).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public Task<bool> IsSolvedAsync(string userId, string slug, CancellationToken cancellationToken = default) =>
        db.Submissions.AnyAsync(s => s.UserId == userId && s.Challenge == slug && s.Mode == SubmissionMode.Submit && s.Verdict == Accepted,
            cancellationToken);

    public Task<ChallengeProgress?> ForAsync(string userId, string slug, CancellationToken cancellationToken = default) =>
        db.Progress.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId && p.Challenge == slug, cancellationToken);

    public async Task<bool> WalkthroughUnlockedAsync(string userId, string slug, CancellationToken cancellationToken = default) =>
        (await ForAsync(userId, slug, cancellationToken))?.GaveUp == true || await IsSolvedAsync(userId, slug, cancellationToken);

    /// <summary>Loads (or starts) the tracked progress row of a user on a challenge, for changing it.</summary>
    public async Task<ChallengeProgress> TrackAsync(string userId, string slug, CancellationToken cancellationToken = default)
    {
        var progress = await db.Progress.SingleOrDefaultAsync(p => p.UserId == userId && p.Challenge == slug, cancellationToken);
        if (progress is null)
        {
            progress = new ChallengeProgress { UserId = userId, Challenge = slug };
            db.Progress.Add(progress);
        }
        progress.UpdatedUtc = DateTime.UtcNow;
        return progress;
    }

    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    public Task<List<Submission>> HistoryAsync(string userId, string slug, int take, CancellationToken cancellationToken = default) =>
        db.Submissions.AsNoTracking().Where(s => s.UserId == userId && s.Challenge == slug)
            .OrderByDescending(s => s.CreatedUtc).Take(take).ToListAsync(cancellationToken);
}
