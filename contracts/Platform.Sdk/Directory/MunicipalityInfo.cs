namespace Platform.Sdk.Directory;

/// <summary>An onboarded municipality.</summary>
/// <param name="Code">The four-digit municipality code, e.g. 0183.</param>
/// <param name="Name">The municipality's name, e.g. Ishøj.</param>
/// <param name="LocalAreas">Its local areas, retired ones included.</param>
/// <param name="PartnershipIds">The partnerships it is a current member of.</param>
public sealed record MunicipalityInfo(
    string Code,
    string Name,
    IReadOnlyList<LocalAreaInfo> LocalAreas,
    IReadOnlyList<string> PartnershipIds)
{
    /// <summary>The municipality's functional e-mail for the platform's work, from its settings; empty when not set.</summary>
    public string ContactEmail { get; init; } = "";

    /// <summary>The municipality's telephone for the platform's work, from its settings; empty when not set.</summary>
    public string ContactPhone { get; init; } = "";

    /// <summary>Whether the id names one of the municipality's local areas that is not retired.</summary>
    public bool HasActiveLocalArea(string localAreaId) =>
        LocalAreas.Any(area => area.Id == localAreaId && !area.Retired);
}
