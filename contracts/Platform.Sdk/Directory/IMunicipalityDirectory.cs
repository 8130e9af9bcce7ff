namespace Platform.Sdk.Directory;

/// <summary>
/// What the platform knows of its tenants: municipalities with their local areas, and partnerships with their
/// members. It checks no access; a module checks the caller's access (<see cref="Callers.ICallerContext"/>) first.
/// </summary>
public interface IMunicipalityDirectory
{
    /// <summary>The onboarded municipality, or null when the code is not onboarded.</summary>
    Task<MunicipalityInfo?> FindMunicipalityAsync(string municipalityCode, CancellationToken cancellationToken);

    /// <summary>The partnership, or null when no partnership has the id.</summary>
    Task<PartnershipInfo?> FindPartnershipAsync(string partnershipId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the module is loaded and switched on for the onboarded municipality: the check every gRPC call makes,
    /// for code that runs without a caller (an anonymous page, a grain) and must honour the switch itself.
    /// </summary>
    Task<bool> IsModuleSwitchedOnAsync(string municipalityCode, string moduleId, CancellationToken cancellationToken);
}
