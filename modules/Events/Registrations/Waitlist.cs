using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Events.Notifications;

namespace Platform.Events.Registrations;

/// <summary>Moves waitlisted registrations into free seats, strictly in order of arrival. Call it under the event's lock.</summary>
internal static class Waitlist
{
    /// <summary>
    /// Promotes who fits, adds their notices to the outbox (written <paramref name="now"/>), and returns the notices;
    /// the caller saves.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessageRecord>> PromoteAsync(
        EventsDb db, EventRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.Registrations
            .Where(r => r.EventId == record.Id && r.Status == RegistrationStatusValue.Waitlisted)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
        var notices = new List<OutboxMessageRecord>();
        foreach (var registration in waiting)
        {
            var free = record.Capacity == 0 ? int.MaxValue : record.Capacity - record.SeatsTaken;
            if (registration.HeadCount > free)
            {
                break;
            }

            registration.Status = RegistrationStatusValue.Registered;
            record.SeatsTaken += registration.HeadCount;
            record.WaitlistedSeats -= registration.HeadCount;
            if (registration.Email is not null)
            {
                var notice = OutboxMessages.Promoted(record, registration, now);
                db.Outbox.Add(notice);
                notices.Add(notice);
            }
        }

        return notices;
    }
}
