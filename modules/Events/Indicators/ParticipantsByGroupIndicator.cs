using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>
/// People who attended, per target group and month (named participants and head counts alike), each with its cell:
/// the attendees and the record keys of their registrations, summed per event and group in the database.
/// </summary>
internal sealed class ParticipantsByGroupIndicator(ITenantDbContextFactory<EventsDb> databases) : EventIndicator(databases)
{
    public override IndicatorDefinition Definition { get; } = new("events.participants-by-group", "Deltagere pr. målgruppe", "Participants by group",
        "people", ["municipality", "group", "month"], CountsPeople: true)
    {
        FilledByDa = "Tallene kommer, når deltagere checkes ind, eller fremmødet tælles ved døren, til arrangementer under Arrangementer.",
        FilledByEn = "Figures appear when participants are checked in, or heads are counted at the door, at events under Events.",
    };

    protected override async Task<IEnumerable<Figure>> ComputeAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken)
    {
        var monthOf = events.ToDictionary(e => e.Id, Month);
        var cells = await RegistrationCells.OfAsync(db, [.. monthOf.Keys], cancellationToken);
        return cells
            .Where(c => c.Status == RegistrationStatusValue.Registered && c.Attended.Count > 0)
            .GroupBy(c => (c.Group, Month: monthOf[c.EventId]))
            .Select(g => Figure.OfPeople(PeopleCount.Sum(g.Select(c => c.Attended)), ("group", Name((TargetGroup)g.Key.Group)), ("month", g.Key.Month)));
    }
}
