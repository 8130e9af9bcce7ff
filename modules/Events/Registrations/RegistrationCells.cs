using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Sdk.Disclosure;

namespace Platform.Events.Registrations;

/// <summary>
/// The people-count cells of events' registrations per event, target group and status, summed in the database: the
/// seats taken (a head count's people under its one record key), and the people who came, whose key sums the keys of
/// the registrations with anyone attending only, so the same attendees make the same cell wherever they are counted.
/// Cancelled registrations count nowhere.
/// </summary>
internal sealed record RegistrationCells(Guid EventId, int Group, int Status, PeopleCount Seats, PeopleCount Attended)
{
    public static async Task<IReadOnlyList<RegistrationCells>> OfAsync(EventsDb db, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var sums = await db.Registrations.AsNoTracking()
            .Where(r => eventIds.Contains(r.EventId) && r.Status != RegistrationStatusValue.Cancelled)
            .GroupBy(r => new { r.EventId, r.Group, r.Status })
            .Select(g => new
            {
                g.Key.EventId,
                g.Key.Group,
                g.Key.Status,
                Seats = g.Sum(r => r.HeadCount),
                SeatKeys = g.Sum(r => (long)r.RecordKey),
                Attended = g.Sum(r => r.Attended),
                AttendedKeys = g.Sum(r => r.Attended > 0 ? (long)r.RecordKey : 0L),
            })
            .ToListAsync(cancellationToken);
        return [.. sums.Select(s => new RegistrationCells(s.EventId, s.Group, s.Status,
            PeopleCount.FromKeySum(s.Seats, s.SeatKeys), PeopleCount.FromKeySum(s.Attended, s.AttendedKeys)))];
    }
}
