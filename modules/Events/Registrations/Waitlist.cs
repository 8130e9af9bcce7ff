using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Events.Notifications;

namespace Platform.Events.Registrations;

/// <summary>
/// Moves waitlisted registrations into free seats, strictly in order of arrival, or one of them out of turn (a
/// coordinator's promotion). Call it under the event's lock.
/// </summary>
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

            if (Seat(db, record, registration, now) is { } notice)
            {
                notices.Add(notice);
            }
        }

        return notices;
    }

    /// <summary>
    /// Gives one waitlisted registration its seat, whether or not one is free, and adds its notice (if it has an e-mail
    /// address) to the outbox, written <paramref name="now"/>; returns the notice. The caller saves.
    /// </summary>
    public static OutboxMessageRecord? Seat(EventsDb db, EventRecord record, RegistrationRecord registration, DateTimeOffset now)
    {
        registration.Status = RegistrationStatusValue.Registered;
        record.SeatsTaken += registration.HeadCount;
        record.WaitlistedSeats -= registration.HeadCount;
        if (registration.Email is null)
        {
            return null;
        }

        var notice = OutboxMessages.Promoted(record, registration, now);
        db.Outbox.Add(notice);
        return notice;
    }
}
