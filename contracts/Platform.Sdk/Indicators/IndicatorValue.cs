using Platform.Sdk.Disclosure;

namespace Platform.Sdk.Indicators;

/// <summary>One value of an indicator for one combination of dimension values.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Dimensions">The dimension values of this line.</param>
/// <param name="Value">The figure; for an indicator that counts people, the true count of <paramref name="People"/>.</param>
/// <param name="People">
/// For an indicator that counts people, the counted cell with its key. Whoever publishes the value shows
/// <see cref="DisclosureControl.Publish"/> of it (or of a sum of such cells), never <paramref name="Value"/>.
/// </param>
public sealed record IndicatorValue(
    string IndicatorId,
    IReadOnlyDictionary<string, string> Dimensions,
    decimal Value,
    PeopleCount? People = null)
{
    /// <summary>A count of people in one cell.</summary>
    public static IndicatorValue OfPeople(string indicatorId, IReadOnlyDictionary<string, string> dimensions, PeopleCount people) =>
        new(indicatorId, dimensions, people.Count, people);
}
