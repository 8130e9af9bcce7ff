using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Callers;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Notifications;

/// <summary>
/// Writes a reminder to the outbox for every registered participant with an e-mail. Idempotent: the outbox key
/// (registration and start time) is unique, so a second run adds nothing; a job of a moved event does nothing before
/// the new reminder time.
/// </summary>
internal sealed class ReminderJobHandler(
    ITenantDbContextFactory<EventsDb> databases, Notices notices, EventsOptions options, TimeProvider clock) : IJobHandler
{
    public const string Type = "events.reminder";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var eventId = Notices.IdOf(job);
        await using var db = await databases.OpenAsync(job.MunicipalityCode!, AccessLevel.Contribute, cancellationToken);
        var record = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        // Gone, already started, or moved later (its new start has a job of its own, due later): nothing to do now.
        var now = clock.GetUtcNow();
        if (record is null || record.Start <= now || record.Start - options.ReminderLead > now + TimeSpan.FromMinutes(1))
        {
            return;
        }

        var participants = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatusValue.Registered && r.Email != null)
            .ToListAsync(cancellationToken);
        var messages = participants.Select(r => OutboxMessages.Reminder(record, r, now)).ToList();
        var keys = messages.Select(m => m.Key).ToList();
        var existing = await db.Outbox.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken);
        var fresh = messages.Where(m => !existing.Contains(m.Key)).ToList();
        db.Outbox.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        var unsent = await db.Outbox.AsNoTracking().Where(m => keys.Contains(m.Key) && m.SentAt == null).ToListAsync(cancellationToken);
        await notices.DispatchAsync(record.MunicipalityCode, unsent, cancellationToken);
    }
}
