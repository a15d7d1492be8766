using Microsoft.EntityFrameworkCore;

namespace PyPrep.Data.Review;

/// <summary>The tables of concept review: card states keyed by user and question, and the answer log.</summary>
internal static class ReviewModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ReviewCardState>(card =>
        {
            card.ToTable("review_cards");
            card.HasKey(c => new { c.UserId, c.ItemId });
            card.Property(c => c.UserId).HasMaxLength(450);
            card.Property(c => c.ItemId).HasMaxLength(200);
            card.Property(c => c.State).HasMaxLength(16);
            card.HasIndex(c => new { c.UserId, c.DueUtc });
        });
        builder.Entity<ReviewLogEntry>(log =>
        {
            log.ToTable("review_log");
            log.HasKey(l => l.Id);
            log.Property(l => l.UserId).HasMaxLength(450).IsRequired();
            log.Property(l => l.ItemId).HasMaxLength(200).IsRequired();
            log.Property(l => l.Rating).HasMaxLength(16);
            log.Property(l => l.StateBefore).HasMaxLength(16);
            log.HasIndex(l => new { l.UserId, l.ReviewedUtc });
        });
    }
}
