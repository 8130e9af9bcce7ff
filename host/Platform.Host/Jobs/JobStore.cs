using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Core.V1;
using Platform.Host.Configuration;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>
/// The durable job table. Every state change is one conditional UPDATE, so of several hosts exactly one claims a
/// job, and a host whose lease ran out can no longer complete it.
/// </summary>
public sealed class JobStore(ModelContextFactory<PlatformDbContext> database, TimeProvider clock, IOptions<PlatformOptions> options)
{
    private JobOptions Options => options.Value.Jobs;

    public async Task<Guid> EnqueueAsync(JobRequest request, string? scheduleId, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        if (request.DeduplicationKey is { } key
            && await db.Jobs.Where(j => j.DeduplicationKey == key).Select(j => (Guid?)j.Id).SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        var job = new JobRecord
        {
            Id = Guid.NewGuid(),
            Type = request.Type,
            Payload = request.Payload,
            MunicipalityCode = request.MunicipalityCode,
            DeduplicationKey = request.DeduplicationKey,
            ScheduleId = scheduleId,
            State = JobState.Pending,
            MaxAttempts = request.MaxAttempts,
            RunAt = request.RunAt.ToUniversalTime(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Jobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return job.Id;
        }
        catch (DbUpdateException) when (request.DeduplicationKey is { } raced)
        {
            // Another host enqueued the same key between our check and our insert.
            await using var again = database.Create();
            return await again.Jobs.Where(j => j.DeduplicationKey == raced).Select(j => j.Id).SingleAsync(cancellationToken);
        }
    }

    /// <summary>Claims the next due job of one of the given types for <paramref name="owner"/>, or returns null.</summary>
    public async Task<JobRecord?> ClaimNextAsync(IReadOnlyCollection<string> types, string owner, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var now = clock.GetUtcNow();
        var candidates = await Due(db.Jobs, types, now).OrderBy(j => j.RunAt).Select(j => j.Id).Take(8).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var leaseEnd = now + Options.Lease;
            var claimed = await Due(db.Jobs, types, now).Where(j => j.Id == id).ExecuteUpdateAsync(set => set
                .SetProperty(j => j.State, JobState.Running)
                .SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseExpiresAt, leaseEnd)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken);
            if (claimed == 1)
            {
                return await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
            }
        }

        return null;
    }

    public async Task<bool> CompleteAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var completed = await Owned(db, id, owner).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.State, JobState.Succeeded)
            .SetProperty(j => j.CompletedAt, clock.GetUtcNow())
            .SetProperty(j => j.Progress, 100)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.LastError, (string?)null), cancellationToken);
        return completed == 1;
    }

    /// <summary>Records a failed attempt: back in the queue after a backoff that doubles, or failed after the last attempt.</summary>
    public async Task<JobState> FailAsync(JobRecord job, string owner, string error, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var final = job.Attempts >= job.MaxAttempts;
        var state = final ? JobState.Failed : JobState.Pending;
        var retryAt = clock.GetUtcNow() + Options.RetryBackoff * Math.Pow(2, Math.Min(job.Attempts - 1, 16));
        await Owned(db, job.Id, owner).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.RunAt, final ? job.RunAt : retryAt)
            .SetProperty(j => j.CompletedAt, final ? clock.GetUtcNow() : null)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.LastError, error.Length > 4000 ? error[..4000] : error), cancellationToken);
        return state;
    }

    /// <summary>Gives back a job interrupted by shutdown; the interrupted attempt does not count.</summary>
    public async Task ReleaseAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        await Owned(db, id, owner).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.State, JobState.Pending)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Records progress and extends the lease, so a long job that reports progress keeps it.</summary>
    public async Task ReportProgressAsync(Guid id, string owner, int percent, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var leaseEnd = clock.GetUtcNow() + Options.Lease;
        await Owned(db, id, owner).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.Progress, Math.Clamp(percent, 0, 100))
            .SetProperty(j => j.LeaseExpiresAt, leaseEnd), cancellationToken);
    }

    public async Task<JobRecord> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var retried = await db.Jobs.Where(j => j.Id == id && j.State == JobState.Failed).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.State, JobState.Pending)
            .SetProperty(j => j.Attempts, 0)
            .SetProperty(j => j.RunAt, clock.GetUtcNow())
            .SetProperty(j => j.CompletedAt, (DateTimeOffset?)null), cancellationToken);
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No job has the id {id}.");
        return retried == 1 ? job : throw new PreconditionFailedException($"Job {id} is {job.State}; only failed jobs can be retried.");
    }

    public async Task<JobRecord?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        return await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<JobRecord>> ListAsync(JobState? state, string? type, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var query = db.Jobs.AsNoTracking();
        query = state is { } wanted ? query.Where(j => j.State == wanted) : query;
        query = type is not null ? query.Where(j => j.Type == type) : query;
        return await query.OrderByDescending(j => j.CreatedAt).Take(pageSize).ToListAsync(cancellationToken);
    }

    public async Task UpsertScheduleAsync(
        string id, string jobType, string cronExpression, string payload, string timeZoneId, CancellationToken cancellationToken)
    {
        var next = NextOccurrence(cronExpression, timeZoneId, clock.GetUtcNow());
        await using var db = database.Create();
        var schedule = await db.JobSchedules.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (schedule is null)
        {
            db.JobSchedules.Add(new JobScheduleRecord
            {
                Id = id, JobType = jobType, CronExpression = cronExpression, TimeZoneId = timeZoneId, Payload = payload, NextRunAt = next,
            });
        }
        else
        {
            (schedule.JobType, schedule.CronExpression, schedule.TimeZoneId, schedule.Payload, schedule.NextRunAt) =
                (jobType, cronExpression, timeZoneId, payload, next);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<JobScheduleRecord?> FindScheduleAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        return await db.JobSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<bool> RemoveScheduleAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        return await db.JobSchedules.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Enqueues one job per due schedule occurrence; of several hosts, the one that moves the schedule on enqueues it.</summary>
    public async Task<int> EnqueueDueSchedulesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<JobScheduleRecord> due;
        await using (var db = database.Create())
        {
            due = await db.JobSchedules.AsNoTracking().Where(s => s.NextRunAt <= now).ToListAsync(cancellationToken);
        }

        var enqueued = 0;
        foreach (var schedule in due)
        {
            var next = NextOccurrence(schedule.CronExpression, schedule.TimeZoneId, now);
            await using var db = database.Create();
            var taken = await db.JobSchedules.Where(s => s.Id == schedule.Id && s.NextRunAt == schedule.NextRunAt)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.NextRunAt, next), cancellationToken);
            if (taken == 1)
            {
                await EnqueueAsync(
                    new JobRequest(schedule.JobType, schedule.Payload, schedule.NextRunAt,
                        DeduplicationKey: $"schedule:{schedule.Id}:{schedule.NextRunAt.UtcTicks}"),
                    schedule.Id,
                    cancellationToken);
                enqueued++;
            }
        }

        return enqueued;
    }

    /// <summary>Deletes the jobs that finished (succeeded or failed) before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        return await db.Jobs
            .Where(j => (j.State == JobState.Succeeded || j.State == JobState.Failed) && j.CompletedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public static DateTimeOffset NextOccurrence(string cronExpression, string timeZoneId, DateTimeOffset after)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return CronSchedule.Parse(cronExpression).GetNextOccurrence(after, zone)?.ToUniversalTime()
            ?? throw new InvalidInputException("cron_expression", $"'{cronExpression}' has no future occurrence.");
    }

    private static IQueryable<JobRecord> Due(IQueryable<JobRecord> jobs, IReadOnlyCollection<string> types, DateTimeOffset now) =>
        jobs.Where(j => types.Contains(j.Type)
                        && ((j.State == JobState.Pending && j.RunAt <= now)
                            || (j.State == JobState.Running && j.LeaseExpiresAt < now)));

    private static IQueryable<JobRecord> Owned(PlatformDbContext db, Guid id, string owner) =>
        db.Jobs.Where(j => j.Id == id && j.State == JobState.Running && j.LeaseOwner == owner);
}
