using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Archive;
using Platform.Reporting.Generation;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Plan;

/// <summary>
/// The plan's workstreams and states for a report: a partnership's across its members, a municipality's for each
/// partnership it is a current member of. The report's target was checked already; the contexts check again.
/// </summary>
internal sealed class PlanStatuses(ITenantDbContextFactory<ReportingDb> database, IMunicipalityDirectory directory) : IWorkstreamStatuses
{
    public async Task<IReadOnlyList<WorkstreamStatus>> ReadAsync(ReportTarget target, CancellationToken cancellationToken)
    {
        if (target.IsPartnership)
        {
            await using var db = await database.OpenForPartnershipAsync(target.Scope.PartnershipId, AccessLevel.Aggregate, cancellationToken);
            return await ReadAsync(db, target.Scope.PartnershipId, target.MunicipalityCodes, cancellationToken);
        }

        var code = target.Scope.MunicipalityCode;
        var municipality = await directory.FindMunicipalityAsync(code, cancellationToken);
        await using var member = await database.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
        var all = new List<WorkstreamStatus>();
        foreach (var partnershipId in (municipality?.PartnershipIds ?? []).Order(StringComparer.Ordinal))
        {
            all.AddRange(await ReadAsync(member, partnershipId, [code], cancellationToken));
        }

        return all;
    }

    private static async Task<IReadOnlyList<WorkstreamStatus>> ReadAsync(
        ReportingDb db, string partnershipId, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var workstreams = await PartnershipPlans.WorkstreamsAsync(db, partnershipId, cancellationToken);
        var states = await db.PlanMemberStates.AsNoTracking()
            .Where(s => s.PartnershipId == partnershipId && codes.Contains(s.MunicipalityCode)).ToListAsync(cancellationToken);
        return
        [
            .. workstreams.Select(w => new WorkstreamStatus(w.TitleDa, w.TitleEn, (WorkstreamTopic)w.Topic,
                states.Where(s => s.WorkstreamId == w.Id).ToDictionary(s => s.MunicipalityCode, s => (WorkstreamState)s.State))),
        ];
    }
}
