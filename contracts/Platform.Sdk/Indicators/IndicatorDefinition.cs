namespace Platform.Sdk.Indicators;

/// <summary>A named figure a module contributes to reports.</summary>
/// <param name="Id">Stable id, prefixed by the module id, e.g. <c>actor-mapping.actors-by-stage</c>.</param>
/// <param name="TitleDa">Title in Danish (shown first).</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Unit">What is counted, e.g. "actors", "children", "%".</param>
/// <param name="Dimensions">How values are broken down, e.g. municipality, local-area, month, theme, group.</param>
/// <param name="CountsPeople">
/// Each value counts people and carries its <see cref="Disclosure.PeopleCount"/> cell, so reports publish it through
/// <see cref="Disclosure.DisclosureControl"/> (perturbed; below 5 as a band). A share computed from published counts
/// is not a count of people.
/// </param>
public sealed record IndicatorDefinition(
    string Id,
    string TitleDa,
    string TitleEn,
    string Unit,
    IReadOnlyList<string> Dimensions,
    bool CountsPeople)
{
    /// <summary>
    /// What puts figures into the indicator, in Danish, for a report that has none yet: a sentence naming the work and
    /// the page it is done on, e.g. "Tallene kommer, når kommunerne registrerer aktører under Aktører."
    /// </summary>
    public string FilledByDa { get; init; } = "";

    /// <summary>The same in English.</summary>
    public string FilledByEn { get; init; } = "";
}
