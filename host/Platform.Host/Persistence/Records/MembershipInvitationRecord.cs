using Platform.GrainInterfaces;

namespace Platform.Host.Persistence.Records;

/// <summary>
/// A partnership's invitation to a municipality that must consent to join (it holds data or is another partnership's
/// member). Rows are never deleted: an answered or withdrawn invitation keeps its state and when it was decided.
/// </summary>
public sealed class MembershipInvitationRecord
{
    public required string Id { get; set; }

    public required string PartnershipId { get; set; }

    public required string MunicipalityCode { get; set; }

    public InvitationState State { get; set; }

    public DateTimeOffset InvitedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
