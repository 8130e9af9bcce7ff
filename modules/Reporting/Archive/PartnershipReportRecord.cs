using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Archive;

/// <summary>
/// An archived report of a partnership: the partnership's own row, read by its staff and viewers and written (by the
/// generating job, as the platform) with its staff's role; a member municipality's roles do not see it.
/// </summary>
internal sealed class PartnershipReportRecord : ArchivedReportRecord, IPartnershipOwned
{
    public required string PartnershipId { get; set; }
}
