namespace Caseload.TestSupport;

/// <summary>A clock the test moves by hand ("today" is fixed unless the test says otherwise).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}
