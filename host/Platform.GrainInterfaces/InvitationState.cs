namespace Platform.GrainInterfaces;

/// <summary>Where an invitation to join a partnership stands; only a pending one can be answered or withdrawn.</summary>
public enum InvitationState
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
    Withdrawn = 4,
}
