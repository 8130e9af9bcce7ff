using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>
/// Events of the period per type, local area and month, split by the clock: held (ended by now) or coming (not yet
/// ended), so an event ten days away is never counted as held.
/// </summary>
internal abstract class EventsByTypeIndicator(ITenantDbContextFactory<EventsDb> databases, TimeProvider clock) : EventIndicator(databases)
{
    /// <summary>Whether the event counts here, given that it has ended by now or not.</summary>
    protected abstract bool Counts(bool ended);

    protected override Task<IEnumerable<Figure>> ComputeAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(events
            .Where(e => Counts(e.End <= now))
            .GroupBy(e => (e.Type, Area: e.LocalAreaId ?? "", Month: Month(e)))
            .Select(g => new Figure(g.Count(), [("type", Name((EventType)g.Key.Type)), ("local-area", g.Key.Area), ("month", g.Key.Month)])));
    }
}

/// <summary>Events held: ended by now.</summary>
internal sealed class EventsHeldIndicator(ITenantDbContextFactory<EventsDb> databases, TimeProvider clock) : EventsByTypeIndicator(databases, clock)
{
    public override IndicatorDefinition Definition { get; } = new("events.events-held", "Afholdte arrangementer", "Events held", "events",
        ["municipality", "type", "local-area", "month"], CountsPeople: false)
    {
        FilledByDa = "Tallene kommer, når et arrangement under Arrangementer er slut i perioden.",
        FilledByEn = "Figures appear when an event under Events has ended in the period.",
    };

    protected override bool Counts(bool ended) => ended;
}

/// <summary>Events coming: planned in the period and not yet ended.</summary>
internal sealed class EventsComingIndicator(ITenantDbContextFactory<EventsDb> databases, TimeProvider clock) : EventsByTypeIndicator(databases, clock)
{
    public override IndicatorDefinition Definition { get; } = new("events.events-coming", "Kommende arrangementer", "Coming events", "events",
        ["municipality", "type", "local-area", "month"], CountsPeople: false)
    {
        FilledByDa = "Tallene kommer, når kommunerne planlægger arrangementer under Arrangementer.",
        FilledByEn = "Figures appear when the municipalities plan events under Events.",
    };

    protected override bool Counts(bool ended) => !ended;
}
