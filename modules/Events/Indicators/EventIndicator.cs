using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Indicators;

/// <summary>
/// One report indicator over the events that start in the query's period (Copenhagen dates). Each indicator is its
/// own provider, because the registry hands a query to the provider that defines the asked-for id.
/// </summary>
internal abstract class EventIndicator(ITenantDbContextFactory<EventsDb> databases) : IIndicatorProvider
{
    public abstract IndicatorDefinition Definition { get; }

    public IReadOnlyList<IndicatorDefinition> Definitions => [Definition];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var events = (await db.Events.AsNoTracking().ToListAsync(cancellationToken)).Where(e => InPeriod(e, query)).ToList();
            values.AddRange((await ComputeAsync(db, events, cancellationToken)).Select(figure => Value(code, figure)));
        }

        return values;
    }

    /// <summary>The figures of one municipality.</summary>
    protected abstract Task<IEnumerable<Figure>> ComputeAsync(EventsDb db, IReadOnlyList<EventRecord> events, CancellationToken cancellationToken);

    protected static string Month(EventRecord record) =>
        CopenhagenTime.Local(record.Start).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    protected static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static bool InPeriod(EventRecord record, IndicatorQuery query)
    {
        var day = DateOnly.FromDateTime(CopenhagenTime.Local(record.Start));
        return day >= query.From && day <= query.To;
    }

    private IndicatorValue Value(string code, Figure figure)
    {
        var all = new Dictionary<string, string> { ["municipality"] = code };
        foreach (var (key, dimension) in figure.Dimensions)
        {
            all[key] = dimension;
        }

        return figure.People is { } people ? IndicatorValue.OfPeople(Definition.Id, all, people) : new IndicatorValue(Definition.Id, all, figure.Value);
    }

    /// <summary>A value with its dimensions besides the municipality; a count of people carries its cell instead.</summary>
    protected sealed record Figure(decimal Value, (string Key, string Value)[] Dimensions, PeopleCount? People = null)
    {
        public static Figure OfPeople(PeopleCount people, params (string Key, string Value)[] dimensions) => new(people.Count, dimensions, people);
    }
}
