using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>People who attended, per target group and month (named participants and head counts alike).</summary>
public sealed class ParticipantsByGroupIndicator(ITenantDbContextFactory<EventsDb> databases) : EventIndicator(databases)
{
    public override IndicatorDefinition Definition { get; } = new("events.participants-by-group", "Deltagere pr. målgruppe", "Participants by group",
        "people", ["municipality", "group", "month"], CountsPeople: true);

    protected override async Task<IEnumerable<(decimal Value, (string Key, string Value)[] Dimensions)>> ComputeAsync(
        EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id).ToList();
        var monthOf = events.ToDictionary(e => e.Id, Month);
        var attended = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatusValue.Registered && r.Attended > 0)
            .Select(r => new { r.EventId, r.Group, r.Attended })
            .ToListAsync(cancellationToken);
        return attended
            .GroupBy(r => (r.Group, Month: monthOf[r.EventId]))
            .Select(g => ((decimal)g.Sum(r => r.Attended), new[] { ("group", Name((TargetGroup)g.Key.Group)), ("month", g.Key.Month) }));
    }
}
