using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Notifications;

/// <summary>
/// Enqueues the send job of every unsent outbox message of a municipality older than the grace period, with the
/// same deduplication key as the normal dispatch: a message whose job exists gets no second job, so nothing goes out
/// twice, and a message whose job was never enqueued (its host died after the commit) goes out now. Unsent messages
/// still within the grace period get a later sweep.
/// </summary>
internal sealed class OutboxSweepJobHandler(
    ITenantDbContextFactory<EventsDb> databases, Notices notices, EventsOptions options, TimeProvider clock) : IJobHandler
{
    public const string Type = "events.outbox-sweep";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var municipalityCode = job.MunicipalityCode!;
        var due = clock.GetUtcNow() - options.OutboxGrace;
        List<OutboxMessageRecord> overdue;
        bool waiting;
        await using (var db = await databases.OpenAsync(municipalityCode, AccessLevel.Contribute, cancellationToken))
        {
            overdue = await db.Outbox.AsNoTracking().Where(m => m.SentAt == null && m.CreatedAt <= due).ToListAsync(cancellationToken);
            waiting = await db.Outbox.AnyAsync(m => m.SentAt == null && m.CreatedAt > due, cancellationToken);
        }

        await notices.DispatchAsync(municipalityCode, overdue, cancellationToken);
        if (waiting)
        {
            await notices.ArmSweepAsync(municipalityCode, cancellationToken);
        }
    }
}
