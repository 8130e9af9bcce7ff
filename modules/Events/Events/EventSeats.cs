using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;

namespace Platform.Events.Events;

/// <summary>
/// Events as the caller sees them: seats taken and waitlisted exact for the roles of the municipality that holds the
/// event, and published from the cells of its registrations for everyone else (<see cref="ShownCounts"/>).
/// </summary>
internal sealed class EventSeats(ICallerContext caller)
{
    /// <summary>The events as contracts, in the given order. <paramref name="db"/> reads the cells, so it must see the events' registrations.</summary>
    public async Task<IReadOnlyList<Event>> ShowAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in events.Select(e => e.MunicipalityCode).Distinct(StringComparer.Ordinal))
        {
            if (await ShownCounts.ExactForAsync(caller, code, cancellationToken))
            {
                exact.Add(code);
            }
        }

        List<Guid> published = [.. events.Where(e => !exact.Contains(e.MunicipalityCode)).Select(e => e.Id)];
        var cells = (published.Count == 0 ? [] : await RegistrationCells.OfAsync(db, published, cancellationToken))
            .ToLookup(c => (c.EventId, c.Status), c => c.Seats);
        return [.. events.Select(e => exact.Contains(e.MunicipalityCode) ? e.ToContract() : Published(e, cells))];
    }

    private static Event Published(EventRecord record, ILookup<(Guid EventId, int Status), PeopleCount> seats)
    {
        var contract = record.ToContract();
        contract.Seats = ShownCounts.Show(PeopleCount.Sum(seats[(record.Id, RegistrationStatusValue.Registered)]), exact: false);
        contract.Waitlist = ShownCounts.Show(PeopleCount.Sum(seats[(record.Id, RegistrationStatusValue.Waitlisted)]), exact: false);
        (contract.SeatsTaken, contract.Waitlisted) = (contract.Seats.Count, contract.Waitlist.Count);
        return contract;
    }
}
