namespace Platform.Sdk.Indicators;

/// <summary>A named figure a module contributes to reports.</summary>
/// <param name="Id">Stable id, prefixed by the module id, e.g. <c>actor-mapping.actors-by-stage</c>.</param>
/// <param name="TitleDa">Title in Danish (shown first).</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Unit">What is counted, e.g. "actors", "children", "%".</param>
/// <param name="Dimensions">How values are broken down, e.g. municipality, local-area, month, theme, group.</param>
/// <param name="CountsPeople">Counts of people below 5 are suppressed in reports.</param>
public sealed record IndicatorDefinition(
    string Id,
    string TitleDa,
    string TitleEn,
    string Unit,
    IReadOnlyList<string> Dimensions,
    bool CountsPeople);
