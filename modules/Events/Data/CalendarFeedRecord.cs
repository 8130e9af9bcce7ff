namespace Platform.Events.Data;

/// <summary>
/// The secret token of one calendar feed. Not tenant-owned: the anonymous feed request finds its feed by the token
/// alone, before it knows any tenant.
/// </summary>
public sealed class CalendarFeedRecord
{
    /// <summary>"municipality:0183" or "partnership:{id}".</summary>
    public required string Id { get; set; }

    public required string Token { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
