using Platform.Events.Data;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>Reach into the local community: distinct actors that organised or took part as partners.</summary>
internal sealed class ReachIndicator(ITenantDbContextFactory<EventsDb> databases) : EventIndicator(databases)
{
    public override IndicatorDefinition Definition { get; } = new("events.reach", "Aktører involveret i arrangementer", "Actors involved in events",
        "actors", ["municipality"], CountsPeople: false)
    {
        FilledByDa = "Tallene kommer, når aktører står som arrangør eller partner på arrangementer under Arrangementer.",
        FilledByEn = "Figures appear when actors are named as organiser or partner of events under Events.",
    };

    protected override Task<IEnumerable<Figure>> ComputeAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Figure>>([new Figure(events.SelectMany(e => e.OrganiserActorIds.Concat(e.PartnerActorIds)).Distinct().Count(), [])]);
}
