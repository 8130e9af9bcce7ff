using Platform.Contracts.Core.V1;

namespace Platform.Host.Persistence.Records;

/// <summary>A durable job. A host claims it by writing its lease in one conditional update.</summary>
public sealed class JobRecord
{
    public Guid Id { get; set; }

    public required string Type { get; set; }

    public string Payload { get; set; } = "";

    public string? MunicipalityCode { get; set; }

    /// <summary>Unique when set: enqueuing the same key twice makes one job.</summary>
    public string? DeduplicationKey { get; set; }

    public string? ScheduleId { get; set; }

    public JobState State { get; set; }

    public int Attempts { get; set; }

    public int MaxAttempts { get; set; }

    public int Progress { get; set; }

    public DateTimeOffset RunAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }
}
