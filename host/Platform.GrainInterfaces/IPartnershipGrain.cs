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

    /// <summary>
    /// Onboards a municipality at once; a pending invitation to it counts as accepted. Throws AlreadyExists when it is
    /// a current member.
    /// </summary>
    [Alias("onboard")]
    Task<PartnershipSnapshot> OnboardAsync(string municipalityCode);

    /// <summary>
    /// Invites a municipality to join. Throws AlreadyExists when it is a current member and FailedPrecondition when an
    /// invitation to it is pending already.
    /// </summary>
    [Alias("invite")]
    Task<PartnershipSnapshot> InviteAsync(string municipalityCode);

    /// <summary>
    /// Accepts a pending invitation: the municipality joins as <see cref="OnboardAsync"/> makes it. Throws NotFound for
    /// no invitation of this partnership and FailedPrecondition when it is not pending or the municipality is a member.
    /// </summary>
    [Alias("accept-invitation")]
    Task<MembershipInvitationSnapshot> AcceptInvitationAsync(string invitationId);

    /// <summary>Ends a pending invitation as declined or withdrawn; FailedPrecondition when it is not pending.</summary>
    [Alias("end-invitation")]
    Task<MembershipInvitationSnapshot> EndInvitationAsync(string invitationId, InvitationState outcome);

    /// <summary>Ends a current membership. Throws NotFound when the municipality is not a current member.</summary>
    [Alias("offboard")]
    Task<PartnershipSnapshot> OffboardAsync(string municipalityCode);
}
