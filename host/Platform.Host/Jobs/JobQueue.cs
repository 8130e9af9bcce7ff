using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Host.Configuration;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>The SDK's job queue: validates, stores durably, and wakes this host's workers.</summary>
public sealed class JobQueue(JobStore store, JobSignal signal, IOptions<PlatformOptions> options, TimeProvider clock) : IJobQueue
{
    public async Task<Guid> EnqueueAsync(JobRequest job, CancellationToken cancellationToken)
    {
        new Validation()
            .Required(job.Type, "type", 100)
            .Check(job.MaxAttempts is >= 1 and <= 100, "max_attempts", "must be between 1 and 100")
            .MaxLength(job.DeduplicationKey, "deduplication_key", 200)
            .ThrowIfInvalid();
        var id = await store.EnqueueAsync(job, scheduleId: null, cancellationToken);
        signal.Notify();
        return id;
    }

    public Task ScheduleAsync(
        string scheduleId, string jobType, string cronExpression, string payload, string timeZoneId, CancellationToken cancellationToken)
    {
        var floor = options.Value.Jobs.MinimumScheduleInterval;
        var parsed = CronSchedule.TryParse(cronExpression, out var cron);
        var known = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone);
        new Validation()
            .Required(scheduleId, "schedule_id", 100)
            .Required(jobType, "job_type", 100)
            .Check(parsed, "cron_expression", "must be a cron expression of five fields, e.g. \"0 6 1 * *\", or six with seconds first")
            .Check(!parsed || !known || CronSchedule.ShortestGap(cron!, zone!, clock.GetUtcNow()) >= floor, "cron_expression",
                $"must not run more often than every {InWords(floor)}")
            .Check(known, "time_zone_id", "must be a time zone id, e.g. \"Europe/Copenhagen\"")
            .ThrowIfInvalid();
        return store.UpsertScheduleAsync(scheduleId, jobType, cronExpression, payload, timeZoneId, cancellationToken);
    }

    // "1 hour", "30 minutes", "2 days": the floor as a partner reads it; its "c" form when it is no whole number of a unit.
    private static string InWords(TimeSpan interval) =>
        new (TimeSpan Unit, string Name)[] { (TimeSpan.FromDays(1), "day"), (TimeSpan.FromHours(1), "hour"), (TimeSpan.FromMinutes(1), "minute"), (TimeSpan.FromSeconds(1), "second") }
            .Where(unit => interval > TimeSpan.Zero && interval.Ticks % unit.Unit.Ticks == 0)
            .Select(unit => (Count: interval.Ticks / unit.Unit.Ticks, unit.Name))
            .Select(whole => whole.Count == 1 ? $"1 {whole.Name}" : $"{whole.Count} {whole.Name}s")
            .FirstOrDefault() ?? interval.ToString("c", CultureInfo.InvariantCulture);

    public async Task<JobSchedule?> FindScheduleAsync(string scheduleId, CancellationToken cancellationToken) =>
        await store.FindScheduleAsync(scheduleId, cancellationToken) is { } found
            ? new JobSchedule(found.Id, found.JobType, found.CronExpression, found.TimeZoneId, found.Payload, found.NextRunAt)
            : null;

    public Task<bool> RemoveScheduleAsync(string scheduleId, CancellationToken cancellationToken) =>
        store.RemoveScheduleAsync(scheduleId, cancellationToken);
}
