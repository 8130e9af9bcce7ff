using Platform.Sdk.Tenancy;

namespace Platform.Events.Data;

/// <summary>An e-mail waiting to be sent (or sent); written in the same transaction as the change it tells of.</summary>
internal sealed class OutboxMessageRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    /// <summary>What the message is about, unique: a repeated job writes the same key and so no second message.</summary>
    public required string Key { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    /// <summary>The text; emptied once the message is sent (see SendMessageJobHandler).</summary>
    public required string Body { get; set; }

    /// <summary>The event as an iCalendar file, sent as the attachment <c>event.ics</c>; null for a message without one.</summary>
    public string? Calendar { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
