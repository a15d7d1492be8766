namespace PyPrep.Core.Tests;

/// <summary>A clock the test moves by hand; local time is UTC so day boundaries are predictable.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Now += by;

    public static ManualClock AtNoon() => new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
}
