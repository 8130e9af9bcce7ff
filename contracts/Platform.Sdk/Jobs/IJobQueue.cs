namespace Platform.Sdk.Jobs;

/// <summary>Enqueues durable jobs and recurring schedules. A job survives restarts and runs on one host at a time.</summary>
public interface IJobQueue
{
    /// <summary>Stores the job durably and returns its id (the existing job's id for a repeated deduplication key).</summary>
    Task<Guid> EnqueueAsync(JobRequest job, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or replaces a recurring schedule: at every occurrence of the cron expression (five fields, or six with
    /// seconds first; in the given time zone) one job of <paramref name="jobType"/> runs with the payload. Throws
    /// <see cref="Errors.InvalidInputException"/> on cron_expression when it would run more often than the host's floor
    /// (hourly by default).
    /// </summary>
    Task ScheduleAsync(
        string scheduleId,
        string jobType,
        string cronExpression,
        string payload,
        string timeZoneId,
        CancellationToken cancellationToken);

    /// <summary>The schedule with the id, or null when there is none (never made, or removed).</summary>
    Task<JobSchedule?> FindScheduleAsync(string scheduleId, CancellationToken cancellationToken);

    /// <summary>Removes the schedule, so it runs no more; jobs it already enqueued still run. False when there was none.</summary>
    Task<bool> RemoveScheduleAsync(string scheduleId, CancellationToken cancellationToken);
}
