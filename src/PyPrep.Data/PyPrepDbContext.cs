using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PyPrep.Data.Design;
using PyPrep.Data.Progress;
using PyPrep.Data.Review;
using PyPrep.Data.Stories;
using PyPrep.Data.Submissions;

namespace PyPrep.Data;

/// <summary>
/// The PyPrep database: Identity accounts (team mode), submissions, per-challenge progress,
/// concept review state, and the candidate's behavioral stories and design worksheets.
/// Each provider has a subclass of its own so that its migrations live apart
/// (<see cref="Providers.SqliteDbContext"/>, <see cref="Providers.PostgresDbContext"/>).
/// </summary>
public abstract class PyPrepDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<ChallengeProgress> Progress => Set<ChallengeProgress>();
    public DbSet<ReviewCardState> ReviewCards => Set<ReviewCardState>();
    public DbSet<ReviewLogEntry> ReviewLog => Set<ReviewLogEntry>();
    public DbSet<SavedStory> Stories => Set<SavedStory>();
    public DbSet<SavedWorksheet> Worksheets => Set<SavedWorksheet>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Submission>(submission =>
        {
            submission.ToTable("submissions");
            submission.HasKey(s => s.Id);
            submission.Property(s => s.UserId).HasMaxLength(450).IsRequired();
            submission.Property(s => s.Challenge).HasMaxLength(200).IsRequired();
            submission.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.Verdict).HasMaxLength(40);
            submission.Property(s => s.CodeSha256).HasMaxLength(64);
            submission.Property(s => s.AnalysisStatus).HasConversion<string>().HasMaxLength(16);
            submission.HasIndex(s => new { s.UserId, s.Challenge, s.CreatedUtc });
            submission.HasIndex(s => s.Status);
        });
        builder.Entity<ChallengeProgress>(progress =>
        {
            progress.ToTable("challenge_progress");
            progress.HasKey(p => new { p.UserId, p.Challenge });
            progress.Property(p => p.UserId).HasMaxLength(450);
            progress.Property(p => p.Challenge).HasMaxLength(200);
        });
        ReviewModel.Configure(builder);
        builder.Entity<SavedStory>(story =>
        {
            story.ToTable("stories");
            story.HasKey(s => s.Id);
            story.Property(s => s.UserId).HasMaxLength(450).IsRequired();
            story.Property(s => s.Title).HasMaxLength(200).IsRequired();
            story.Property(s => s.Answer).IsRequired();
            story.HasMany(s => s.Prompts).WithOne().HasForeignKey(p => p.StoryId).OnDelete(DeleteBehavior.Cascade);
            story.HasIndex(s => new { s.UserId, s.UpdatedUtc });
        });
        builder.Entity<StoryPrompt>(prompt =>
        {
            prompt.ToTable("story_prompts");
            prompt.HasKey(p => new { p.StoryId, p.PromptId });
            prompt.Property(p => p.PromptId).HasMaxLength(200);
        });
        builder.Entity<SavedWorksheet>(worksheet =>
        {
            worksheet.ToTable("design_worksheets");
            worksheet.HasKey(w => new { w.UserId, w.Scenario });
            worksheet.Property(w => w.UserId).HasMaxLength(450);
            worksheet.Property(w => w.Scenario).HasMaxLength(200);
            worksheet.Property(w => w.AnswersJson).IsRequired();
        });
    }
}
