using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>Events held per type, local area and month.</summary>
internal sealed class EventsHeldIndicator(ITenantDbContextFactory<EventsDb> databases) : EventIndicator(databases)
{
    public override IndicatorDefinition Definition { get; } = new("events.events-held", "Afholdte arrangementer", "Events held", "events",
        ["municipality", "type", "local-area", "month"], CountsPeople: false);

    protected override Task<IEnumerable<Figure>> ComputeAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken) =>
        Task.FromResult(events
            .GroupBy(e => (e.Type, Area: e.LocalAreaId ?? "", Month: Month(e)))
            .Select(g => new Figure(g.Count(), [("type", Name((EventType)g.Key.Type)), ("local-area", g.Key.Area), ("month", g.Key.Month)])));
}
