using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;

namespace Platform.Host.Grains;

/// <summary>Membership periods and invitations with the names of both sides, as the grains and the invitations' readers hold them.</summary>
public static class MembershipQueries
{
    public static Task<List<MembershipSnapshot>> LoadMembershipsAsync(
        this PlatformDbContext db, Expression<Func<MembershipRecord, bool>> which, CancellationToken cancellationToken) =>
        (from membership in db.Memberships.AsNoTracking().Where(which)
         join partnership in db.Partnerships.AsNoTracking() on membership.PartnershipId equals partnership.Id
         join municipality in db.Municipalities.AsNoTracking() on membership.MunicipalityCode equals municipality.Code
         orderby membership.Id
         select new MembershipSnapshot(
             partnership.Id, partnership.Name, municipality.Code, municipality.Name, membership.JoinedAt, membership.LeftAt))
        .ToListAsync(cancellationToken);

    public static Task<List<MembershipInvitationSnapshot>> LoadInvitationsAsync(
        this PlatformDbContext db, Expression<Func<MembershipInvitationRecord, bool>> which, CancellationToken cancellationToken) =>
        (from invitation in db.MembershipInvitations.AsNoTracking().Where(which)
         join partnership in db.Partnerships.AsNoTracking() on invitation.PartnershipId equals partnership.Id
         join municipality in db.Municipalities.AsNoTracking() on invitation.MunicipalityCode equals municipality.Code
         orderby invitation.InvitedAt, invitation.Id
         select new MembershipInvitationSnapshot(
             invitation.Id, partnership.Id, partnership.Name, partnership.CentreName, municipality.Code, municipality.Name,
             invitation.State, invitation.InvitedAt, invitation.DecidedAt))
        .ToListAsync(cancellationToken);
}
