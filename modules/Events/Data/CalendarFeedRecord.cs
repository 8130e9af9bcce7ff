namespace Platform.Events.Data;

/// <summary>
/// The secret token of one calendar feed or one event's sign-up page. Not tenant-owned: an anonymous request reads
/// it before it knows any tenant; the event behind a sign-up token is then read in its municipality's scope.
/// </summary>
internal sealed class CalendarFeedRecord
{
    /// <summary>"municipality:0183", "partnership:{id}" or "signup:{event id}".</summary>
    public required string Id { get; set; }

    public required string Token { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
