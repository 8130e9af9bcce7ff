using Platform.Sdk.Indicators;
using Platform.Surveys.Collection;

namespace Platform.Surveys.Indicators;

/// <summary>Responses keep only their week, so a period starts at the Monday of its first day's week.</summary>
internal static class ResponseWeeks
{
    public static DateOnly From(IndicatorQuery query) => ResponseRows.WeekOf(query.From);
}
