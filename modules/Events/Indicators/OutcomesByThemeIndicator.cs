using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>Concerns, ideas and stated roles per theme tag (notes are left out).</summary>
internal sealed class OutcomesByThemeIndicator(ITenantDbContextFactory<EventsDb> databases) : EventIndicator(databases)
{
    public override IndicatorDefinition Definition { get; } = new("events.outcomes-by-theme", "Bekymringer, idéer og roller pr. tema",
        "Concerns, ideas and roles by theme", "outcomes", ["municipality", "theme", "kind"], CountsPeople: false)
    {
        FilledByDa = "Tallene kommer, når bekymringer, idéer og roller fra dialogmøder og workshops skrives ind under Resultater af dialoger.",
        FilledByEn = "Figures appear when concerns, ideas and roles from dialogue meetings and workshops are entered under Outcomes of dialogues.",
    };

    protected override async Task<IEnumerable<Figure>> ComputeAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id).ToList();
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.EventId) && o.Kind != (int)OutcomeKind.Note)
            .Select(o => new { o.Kind, o.Themes })
            .ToListAsync(cancellationToken);
        return outcomes
            .SelectMany(o => o.Themes.Select(theme => (Theme: theme, o.Kind)))
            .GroupBy(t => t)
            .Select(g => new Figure(g.Count(), [("theme", g.Key.Theme), ("kind", Name((OutcomeKind)g.Key.Kind))]));
    }
}
