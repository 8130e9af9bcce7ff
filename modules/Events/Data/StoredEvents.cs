using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Errors;

namespace Platform.Events.Data;

/// <summary>The stored event a request names, for every feature that works on one event.</summary>
internal static class StoredEvents
{
    public static Guid ParseId(string id, string field = "id") =>
        Guid.TryParse(id, out var parsed) ? parsed : throw new InvalidInputException(field, "must be an id");

    public static async Task<EventRecord> LoadAsync(EventsDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No event has the id {id} in this municipality.");
}
