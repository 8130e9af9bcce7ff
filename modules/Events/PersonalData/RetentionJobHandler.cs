using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Events.Notifications;
using Platform.Sdk.Callers;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;

namespace Platform.Events.PersonalData;

/// <summary>
/// Runs the retention period after an event's end: erases the identities of its participants and their messages,
/// keeping groups, seats and attendance, so only counts remain. Idempotent; an event moved later is left alone (its
/// new end has its own job).
/// </summary>
internal sealed class RetentionJobHandler(ITenantDbContextFactory<EventsDb> databases, EventsOptions options, TimeProvider clock) : IJobHandler
{
    public const string Type = "events.retention";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var eventId = Notices.IdOf(job);
        await using var db = await databases.OpenAsync(job.MunicipalityCode!, AccessLevel.Manage, cancellationToken);
        var record = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (record is null || record.End + options.Retention > clock.GetUtcNow())
        {
            return;
        }

        var registrations = await db.Registrations.Where(r => r.EventId == eventId && !r.Anonymised).ToListAsync(cancellationToken);
        var emails = registrations.Where(r => r.Email != null).Select(r => r.Email!).Distinct().ToList();
        foreach (var registration in registrations)
        {
            Anonymisation.Erase(registration);
        }

        db.Outbox.RemoveRange(await db.Outbox.Where(m => m.SentAt != null && emails.Contains(m.To)).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }
}
