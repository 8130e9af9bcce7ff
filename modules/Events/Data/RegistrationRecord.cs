using Platform.Sdk.Tenancy;

namespace Platform.Events.Data;

/// <summary>A named participant or an anonymous head count for one event.</summary>
internal sealed class RegistrationRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public Guid EventId { get; set; }

    public int Group { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>The lower-cased e-mail while the registration is active; unique per event, so no e-mail registers twice.</summary>
    public string? EmailKey { get; set; }

    public string? Organisation { get; set; }

    /// <summary>Seats the registration takes: 1 for a named participant, the head count for an anonymous one.</summary>
    public int HeadCount { get; set; }

    public int Status { get; set; }

    /// <summary>Order of arrival; the waitlist is promoted in this order.</summary>
    public long Sequence { get; set; }

    public int Attended { get; set; }

    /// <summary>
    /// The registration's permanent random key (<see cref="Platform.Sdk.Disclosure.RecordKeys"/>), set when it is stored
    /// and never shown or changed: a head count's one key stands for all its people. Published counts of people sum it.
    /// </summary>
    public int RecordKey { get; set; }

    public bool Anonymised { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>
    /// The SHA-256 hash of the token in the cancel link last e-mailed to the participant (<see cref="CancelTokens"/>);
    /// the token itself is never stored. Null for a registration made without the public page, and once erased.
    /// </summary>
    public byte[]? CancelTokenHash { get; set; }
}
