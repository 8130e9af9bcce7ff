using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data;
using Platform.ActorMapping.Network;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Indicators;

/// <summary>
/// The mapping's figures for reports. Actors count as of the period's last day, at the stage they had then.
/// Initiatives count when they run in the period (no dates: they always do). Gaps describe the mapping as it is now.
/// </summary>
internal sealed class ActorMappingIndicators(ITenantDbContextFactory<ActorMappingDb> databases) : IIndicatorProvider
{
    public const string ActorsBySector = "actor-mapping.actors-by-sector";
    public const string ActorsByCategory = "actor-mapping.actors-by-category";
    public const string MobilisationFunnel = "actor-mapping.mobilisation-funnel";
    public const string Initiatives = "actor-mapping.initiatives";
    public const string InitiativesByTheme = "actor-mapping.initiatives-by-theme";
    public const string InitiativesByArena = "actor-mapping.initiatives-by-arena";
    public const string CoverageGaps = "actor-mapping.coverage-gaps";
    public const string Reach = "actor-mapping.reach";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(ActorsBySector, "Aktører pr. sektor", "Actors by sector", "actors", ["municipality", "sector"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne registrerer aktører under Aktører.",
            FilledByEn = "Figures appear when the municipalities register actors under Actors.",
        },
        new(ActorsByCategory, "Aktører pr. kategori", "Actors by category", "actors", ["municipality", "category"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne registrerer aktører under Aktører.",
            FilledByEn = "Figures appear when the municipalities register actors under Actors.",
        },
        new(MobilisationFunnel, "Mobilisering af aktører", "Mobilisation of actors", "actors", ["municipality", "local-area", "stage"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne flytter aktører gennem mobiliseringens trin på Mobiliseringstavlen.",
            FilledByEn = "Figures appear when the municipalities move actors through the stages on the Mobilisation board.",
        },
        new(Initiatives, "Tiltag", "Initiatives", "initiatives", ["municipality"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne registrerer tiltag under Tiltag.",
            FilledByEn = "Figures appear when the municipalities register initiatives under Initiatives.",
        },
        new(InitiativesByTheme, "Tiltag pr. tema", "Initiatives by theme", "initiatives", ["municipality", "theme"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne giver deres tiltag temaer under Tiltag.",
            FilledByEn = "Figures appear when the municipalities give their initiatives themes under Initiatives.",
        },
        new(InitiativesByArena, "Tiltag pr. arena", "Initiatives by arena", "initiatives", ["municipality", "arena"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne giver deres tiltag arenaer under Tiltag.",
            FilledByEn = "Figures appear when the municipalities give their initiatives arenas under Initiatives.",
        },
        new(CoverageGaps, "Huller i dækningen (arena × tema uden tiltag)", "Coverage gaps (arena × theme without an initiative)", "cells", ["municipality"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne registrerer tiltag med arenaer og temaer under Tiltag; Dækning viser hullerne.",
            FilledByEn = "Figures appear when the municipalities register initiatives with arenas and themes under Initiatives; Coverage shows the gaps.",
        },
        // Reach is the number a coordinator states for an initiative, an estimate with no record of any child behind it,
        // so it is not a count of people that disclosure control could protect (or would need to).
        new(Reach, "Børn nået af tiltag", "Children reached by initiatives", "children", ["municipality", "local-area"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når kommunerne skriver under Tiltag, hvor mange børn et tiltag når.",
            FilledByEn = "Figures appear when the municipalities state under Initiatives how many children an initiative reaches.",
        },
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        var asOf = query.End;
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            if (query.Wants(ActorsBySector) || query.Wants(ActorsByCategory) || query.Wants(MobilisationFunnel))
            {
                values.AddRange(await ActorValuesAsync(db, code, asOf, query, cancellationToken));
            }

            if (query.Wants(Initiatives) || query.Wants(InitiativesByTheme) || query.Wants(InitiativesByArena) || query.Wants(Reach))
            {
                values.AddRange(await InitiativeValuesAsync(db, code, asOf, query, cancellationToken));
            }

            if (query.Wants(CoverageGaps))
            {
                var coverage = CoverageMatrix.Build(await MappingSnapshots.LoadAsync(db, "", cancellationToken));
                values.Add(Value(CoverageGaps, coverage.GapCount, ("municipality", code)));
            }
        }

        return values;
    }

    private static async Task<IEnumerable<IndicatorValue>> ActorValuesAsync(
        ActorMappingDb db, string code, DateTimeOffset asOf, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var actors = await db.Actors.AsNoTracking().Where(a => !a.Archived && a.CreatedAt <= asOf)
            .Select(a => new { a.Id, a.Sector, a.Category, a.LocalAreaId, a.Stage })
            .ToListAsync(cancellationToken);
        // A stage changed after the period's end was, at its end, the stage that change moved away from.
        var laterChanges = await db.StageChanges.AsNoTracking().Where(c => c.ChangedAt > asOf)
            .Select(c => new { c.ActorId, c.Id, c.From }).ToListAsync(cancellationToken);
        var stageThen = laterChanges.GroupBy(c => c.ActorId).ToDictionary(g => g.Key, g => g.MinBy(c => c.Id)!.From);
        var values = new List<IndicatorValue>();
        if (query.Wants(ActorsBySector))
        {
            values.AddRange(actors.GroupBy(a => a.Sector).OrderBy(g => g.Key)
                .Select(g => Value(ActorsBySector, g.Count(), ("municipality", code), ("sector", Keys.Of((Sector)g.Key)))));
        }

        if (query.Wants(ActorsByCategory))
        {
            values.AddRange(actors.GroupBy(a => a.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Value(ActorsByCategory, g.Count(), ("municipality", code), ("category", g.Key))));
        }

        if (query.Wants(MobilisationFunnel))
        {
            values.AddRange(actors
                .GroupBy(a => (Area: a.LocalAreaId ?? "", Stage: stageThen.GetValueOrDefault(a.Id, a.Stage)))
                .OrderBy(g => g.Key.Area, StringComparer.Ordinal).ThenBy(g => g.Key.Stage)
                .Select(g => Value(MobilisationFunnel, g.Count(), ("municipality", code), ("local-area", g.Key.Area), ("stage", Keys.Of((MobilisationStage)g.Key.Stage)))));
        }

        return values;
    }

    private static async Task<IEnumerable<IndicatorValue>> InitiativeValuesAsync(
        ActorMappingDb db, string code, DateTimeOffset asOf, IndicatorQuery query, CancellationToken cancellationToken)
    {
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => !i.Archived && i.CreatedAt <= asOf
                && (i.StartDate == null || i.StartDate <= query.To) && (i.EndDate == null || i.EndDate >= query.From))
            .Select(i => new { i.Themes, i.Arenas, i.LocalAreaId, i.Reach })
            .ToListAsync(cancellationToken);
        var values = new List<IndicatorValue>();
        if (query.Wants(Initiatives))
        {
            values.Add(Value(Initiatives, initiatives.Count, ("municipality", code)));
        }

        if (query.Wants(InitiativesByTheme))
        {
            values.AddRange(initiatives.SelectMany(i => i.Themes.Distinct()).GroupBy(t => t).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Value(InitiativesByTheme, g.Count(), ("municipality", code), ("theme", g.Key))));
        }

        if (query.Wants(InitiativesByArena))
        {
            values.AddRange(initiatives.SelectMany(i => i.Arenas.Distinct()).GroupBy(a => a).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Value(InitiativesByArena, g.Count(), ("municipality", code), ("arena", g.Key))));
        }

        if (query.Wants(Reach))
        {
            values.AddRange(initiatives.GroupBy(i => i.LocalAreaId ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Value(Reach, g.Sum(i => i.Reach), ("municipality", code), ("local-area", g.Key))));
        }

        return values;
    }

    private static IndicatorValue Value(string id, decimal value, params (string Dimension, string Value)[] dimensions) =>
        new(id, dimensions.ToDictionary(d => d.Dimension, d => d.Value), value);
}
