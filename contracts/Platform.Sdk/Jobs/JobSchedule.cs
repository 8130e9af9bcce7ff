namespace Platform.Sdk.Jobs;

/// <summary>A recurring schedule as it stands: what it runs, when, and its next run.</summary>
/// <param name="Id">The schedule's id, as given to <see cref="IJobQueue.ScheduleAsync"/>.</param>
/// <param name="JobType">The job type each occurrence runs.</param>
/// <param name="CronExpression">When it runs, in <paramref name="TimeZoneId"/>.</param>
/// <param name="TimeZoneId">The time zone of the cron expression, e.g. "Europe/Copenhagen".</param>
/// <param name="Payload">The payload each job gets.</param>
/// <param name="NextRunAt">The next occurrence (UTC).</param>
public sealed record JobSchedule(string Id, string JobType, string CronExpression, string TimeZoneId, string Payload, DateTimeOffset NextRunAt);
