namespace Platform.GrainInterfaces;

/// <summary>The live model of one tenant municipality, keyed by its 4-digit code.</summary>
[Alias("platform.core.municipality")]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>The municipality, or null when it was never onboarded.</summary>
    [Alias("get")]
    Task<MunicipalitySnapshot?> GetAsync();

    /// <summary>Starts a membership; creates the tenant on its first membership. Idempotent per open membership.</summary>
    [Alias("join")]
    Task<MunicipalitySnapshot> JoinAsync(string partnershipId, string partnershipName);

    /// <summary>Ends the open membership of the partnership; the history stays.</summary>
    [Alias("leave")]
    Task<MunicipalitySnapshot> LeaveAsync(string partnershipId);

    [Alias("add-local-area")]
    Task<MunicipalitySnapshot> AddLocalAreaAsync(string name, long expectedVersion);

    [Alias("update-local-area")]
    Task<MunicipalitySnapshot> UpdateLocalAreaAsync(string localAreaId, string name, bool retired, long expectedVersion);

    [Alias("update-contact")]
    Task<MunicipalitySnapshot> UpdateContactAsync(ContactSnapshot contact, long expectedVersion);

    [Alias("set-module")]
    Task<MunicipalitySnapshot> SetModuleEnabledAsync(string moduleId, bool enabled);
}
