using Platform.Contracts.Core.V1;

namespace Platform.Host.Persistence.Records;

/// <summary>
/// One entry of the append-only audit trail: who (subject id and kind, never a name or e-mail address) did what
/// (a stable action code), when, in which municipality or partnership, to what (an id). Only the retention purge
/// deletes entries; nothing updates them.
/// </summary>
public sealed class AuditEntryRecord
{
    /// <summary>Given by the database in insertion order: pages are read newest first by it.</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The caller's subject: <c>person:{id}</c>, a service's subject, or <c>system</c>.</summary>
    public required string ActorSubject { get; set; }

    public AuditActorKind ActorKind { get; set; }

    public required string Action { get; set; }

    public string? MunicipalityCode { get; set; }

    public string? PartnershipId { get; set; }

    /// <summary>The id of what the action concerned (a survey, an event, a person); never personal data.</summary>
    public string? Target { get; set; }

    /// <summary>A short outcome without personal data.</summary>
    public string? Detail { get; set; }
}
