using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Events;
using Platform.Events.Registrations;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>
/// Figures for reports, for events starting in the query's period (Copenhagen dates): events held per type, area and
/// month; participants who attended, per group (people: small counts are suppressed by reports); reach as the
/// distinct actors taking part as organisers or partners; and concerns, ideas and roles per theme.
/// </summary>
public sealed class EventIndicators(ITenantDbContextFactory<EventsDb> databases) : IIndicatorProvider
{
    public const string EventsHeld = "events.events-held";
    public const string ParticipantsByGroup = "events.participants-by-group";
    public const string Reach = "events.reach";
    public const string OutcomesByTheme = "events.outcomes-by-theme";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(EventsHeld, "Afholdte arrangementer", "Events held", "events", ["municipality", "type", "local-area", "month"], CountsPeople: false),
        new(ParticipantsByGroup, "Deltagere pr. målgruppe", "Participants by group", "people", ["municipality", "group", "month"], CountsPeople: true),
        new(Reach, "Aktører involveret i arrangementer", "Actors involved in events", "actors", ["municipality"], CountsPeople: false),
        new(OutcomesByTheme, "Bekymringer, idéer og roller pr. tema", "Concerns, ideas and roles by theme", "outcomes", ["municipality", "theme", "kind"], CountsPeople: false),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var events = (await db.Events.AsNoTracking().ToListAsync(cancellationToken))
                .Where(e => InPeriod(e, query)).ToList();
            var ids = events.Select(e => e.Id).ToList();
            values.AddRange(events
                .GroupBy(e => (e.Type, Area: e.LocalAreaId ?? "", Month: Month(e)))
                .Select(g => Value(EventsHeld, code, g.Count(), ("type", Name((EventType)g.Key.Type)), ("local-area", g.Key.Area), ("month", g.Key.Month))));

            var attended = await db.Registrations.AsNoTracking()
                .Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatusValue.Registered && r.Attended > 0)
                .Select(r => new { r.EventId, r.Group, r.Attended })
                .ToListAsync(cancellationToken);
            var monthOf = events.ToDictionary(e => e.Id, Month);
            values.AddRange(attended
                .GroupBy(r => (r.Group, Month: monthOf[r.EventId]))
                .Select(g => Value(ParticipantsByGroup, code, g.Sum(r => r.Attended), ("group", Name((TargetGroup)g.Key.Group)), ("month", g.Key.Month))));

            values.Add(Value(Reach, code, events.SelectMany(e => e.OrganiserActorIds.Concat(e.PartnerActorIds)).Distinct().Count()));

            var outcomes = await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.EventId) && o.Kind != (int)OutcomeKind.Note)
                .Select(o => new { o.Kind, o.Themes })
                .ToListAsync(cancellationToken);
            values.AddRange(outcomes
                .SelectMany(o => o.Themes.Select(theme => (Theme: theme, o.Kind)))
                .GroupBy(t => t)
                .Select(g => Value(OutcomesByTheme, code, g.Count(), ("theme", g.Key.Theme), ("kind", Name((OutcomeKind)g.Key.Kind)))));
        }

        return values;
    }

    private static bool InPeriod(EventRecord record, IndicatorQuery query)
    {
        var day = DateOnly.FromDateTime(CopenhagenTime.Local(record.Start));
        return day >= query.From && day <= query.To;
    }

    private static string Month(EventRecord record) =>
        CopenhagenTime.Local(record.Start).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static IndicatorValue Value(string id, string code, decimal value, params (string Key, string Value)[] dimensions)
    {
        var all = new Dictionary<string, string> { ["municipality"] = code };
        foreach (var (key, dimension) in dimensions)
        {
            all[key] = dimension;
        }

        return new IndicatorValue(id, all, value);
    }
}
