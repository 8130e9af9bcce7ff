using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Sdk.Errors;

namespace Platform.Events.Registrations;

/// <summary>
/// Serialises every change to an event's seats in the database: inside the caller's transaction, a conditional
/// UPDATE of the event row takes its row lock (PostgreSQL, SQL Server) or the write lock (SQLite) until commit, so
/// concurrent registrations on any number of hosts queue up and each sees the seats the one before left.
/// </summary>
internal static class RegistrationDeskLock
{
    public static async Task TakeAsync(EventsDb db, Guid eventId, CancellationToken cancellationToken)
    {
        var locked = await db.Events.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextSequence, e => e.NextSequence + 1), cancellationToken);
        if (locked == 0)
        {
            throw new NotFoundException($"No event has the id {eventId} in this municipality.");
        }
    }
}
