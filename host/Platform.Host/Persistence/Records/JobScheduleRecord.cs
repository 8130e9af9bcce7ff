namespace Platform.Host.Persistence.Records;

/// <summary>A recurring job: at each occurrence of the cron expression one job is enqueued.</summary>
public sealed class JobScheduleRecord
{
    public required string Id { get; set; }

    public required string JobType { get; set; }

    public required string CronExpression { get; set; }

    public required string TimeZoneId { get; set; }

    public string Payload { get; set; } = "";

    /// <summary>The next occurrence; a host takes it by moving it forward in one conditional update.</summary>
    public DateTimeOffset NextRunAt { get; set; }
}
