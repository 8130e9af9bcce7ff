namespace Platform.GrainInterfaces;

/// <summary>The live model of one partnership, keyed by its id.</summary>
[Alias("platform.core.partnership")]
public interface IPartnershipGrain : IGrainWithStringKey
{
    /// <summary>The partnership, or null when it does not exist.</summary>
    [Alias("get")]
    Task<PartnershipSnapshot?> GetAsync();

    /// <summary>Creates it. Throws AlreadyExists when a partnership has this id.</summary>
    [Alias("create")]
    Task<PartnershipSnapshot> CreateAsync(string name, string centreName, string description);

    /// <summary>Onboards a municipality. Throws AlreadyExists when it is a current member.</summary>
    [Alias("onboard")]
    Task<PartnershipSnapshot> OnboardAsync(string municipalityCode);

    /// <summary>Ends a current membership. Throws NotFound when the municipality is not a current member.</summary>
    [Alias("offboard")]
    Task<PartnershipSnapshot> OffboardAsync(string municipalityCode);
}
