using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Identity;
using Platform.Sdk.Audit;
using Platform.Sdk.Errors;

namespace Platform.Host.Audit;

/// <summary>
/// Reads the audit trail, for the gRPC service, the CLI and the page alike: administrators every entry, a
/// municipality's coordinator that municipality's, a partnership's staff that partnership's. Anyone else is refused
/// with the same answer whether or not the municipality or partnership exists. Nothing here changes an entry.
/// </summary>
internal sealed class AuditLog(ModelContextFactory<PlatformDbContext> database, CallerContext caller)
{
    public async Task<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var after = Validate(query);
        RequireReader(query);

        await using var db = database.Create();
        IQueryable<AuditEntryRecord> entries = db.AuditEntries.AsNoTracking();
        if (query.MunicipalityCode is { } code)
        {
            entries = entries.Where(e => e.MunicipalityCode == code);
        }

        if (query.PartnershipId is { } partnershipId)
        {
            entries = entries.Where(e => e.PartnershipId == partnershipId);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (after is { } last)
        {
            entries = entries.Where(e => e.Id < last);
        }

        var page = await entries.OrderByDescending(e => e.Id).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return page.Count > query.PageSize
            ? new AuditPage(page[..query.PageSize], page[query.PageSize - 1].Id.ToString(CultureInfo.InvariantCulture))
            : new AuditPage(page, null);
    }

    private static long? Validate(AuditQuery query)
    {
        var validation = new Validation()
            .MaxLength(query.PartnershipId, "partnership_id", 64)
            .MaxLength(query.Action, "action", 64)
            .Check(query.PageSize is >= 1 and <= AuditQuery.MaxPageSize, "page_size", $"must be between 1 and {AuditQuery.MaxPageSize}")
            .Check(query.From is null || query.To is null || query.From < query.To, "to", "must be after from")
            .Check(query.Action is null || AuditActions.Find(query.Action) is not null, "action", "is not an audited action; see docs/operations.md for the list");
        if (query.MunicipalityCode is not null)
        {
            validation.MunicipalityCode(query.MunicipalityCode, "municipality_code");
        }

        long? after = null;
        if (query.PageToken is not null)
        {
            var valid = long.TryParse(query.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out var last);
            validation.Check(valid, "page_token", "must be the next_page_token of an earlier page");
            after = valid ? last : null;
        }

        validation.ThrowIfInvalid();
        return after;
    }

    /// <summary>Decided by the caller's grants alone, so the answer never tells whether a municipality or partnership exists.</summary>
    private void RequireReader(AuditQuery query)
    {
        var grants = caller.Caller.Grants;
        var reads = caller.Caller.IsAdmin
            || (query.MunicipalityCode is { } code && grants.Contains(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code)))
            || (query.PartnershipId is { } partnershipId && grants.Contains(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId)));
        if (!reads)
        {
            throw new PermissionDeniedException(
                "Only administrators, a municipality's coordinator (naming municipality_code) and a partnership's staff (naming partnership_id) read the audit trail.");
        }
    }
}

internal sealed record AuditPage(IReadOnlyList<AuditEntryRecord> Entries, string? NextPageToken);
