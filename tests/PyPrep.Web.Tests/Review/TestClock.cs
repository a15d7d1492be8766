namespace PyPrep.Web.Tests.Review;

/// <summary>A clock the test moves by hand; the local day is the UTC day so "today" never depends on the machine.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public DateTime UtcNow => now.UtcDateTime;

    public void Advance(TimeSpan by) => now += by;
}
