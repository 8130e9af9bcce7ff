using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Formats;
using Platform.Reporting.Generation;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Archive;

/// <summary>
/// Generates reports into the archive and reads them back. A partnership's reports are the partnership's own rows and a
/// municipality's its own, so each is read in a context opened for its owner and filtered by the SDK. Storing is keyed
/// by the generating job's id, so a job that runs again after a crash or a lost lease stores its report once.
/// </summary>
internal sealed class ReportArchive(
    ITenantDbContextFactory<ReportingDb> database, ReportBuilder builder, ReportFiles files, TimeProvider clock)
{
    public async Task GenerateAsync(
        Guid jobId, ReportTarget target, QuarterPeriod period, ReportFormat format,
        Func<int, CancellationToken, Task> reportProgress, CancellationToken cancellationToken)
    {
        if (await StoredAsync(target, jobId, cancellationToken))
        {
            return;
        }

        var report = await builder.BuildAsync(target, period, (percent, _) => reportProgress(percent * 9 / 10, cancellationToken), cancellationToken);
        var file = files.Write(report, target, format, "format");
        await using var store = await OpenAsync(target, write: true, cancellationToken);
        ArchivedReportRecord record = target.IsPartnership
            ? new PartnershipReportRecord { PartnershipId = target.Scope.PartnershipId }
            : new MunicipalityReportRecord { MunicipalityCode = target.Scope.MunicipalityCode };
        record.Id = Guid.NewGuid();
        record.JobId = jobId;
        record.Year = period.Year;
        record.Quarter = period.Number;
        record.Format = (int)format;
        record.FileName = file.FileName;
        record.ContentType = file.ContentType;
        record.Content = file.Content.ToByteArray();
        record.CreatedAt = clock.GetUtcNow();
        store.Add(record);
        try
        {
            await store.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run of the same job stored it first (its lease ran out while this one worked): one report it is.
            if (!await StoredAsync(target, jobId, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task<IReadOnlyList<ArchivedReport>> ListAsync(ReportTarget target, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(target, write: false, cancellationToken);
        var rows = await Reports(db, target).AsNoTracking()
            .Select(r => new { r.Id, r.Year, r.Quarter, r.Format, r.FileName, r.CreatedAt, Size = (long)r.Content.Length })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt).Select(r => new ArchivedReport
        {
            Id = r.Id.ToString(),
            Scope = target.Scope,
            Period = new Quarter { Year = r.Year, Quarter_ = r.Quarter },
            Format = (ReportFormat)r.Format,
            FileName = r.FileName,
            SizeBytes = r.Size,
            CreatedAt = Timestamp.FromDateTimeOffset(r.CreatedAt),
        })];
    }

    public async Task<ReportFile> GetAsync(ReportTarget target, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(target, write: false, cancellationToken);
        var record = await Reports(db, target).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"The archive of {target.Name} has no report {id}.");
        return new ReportFile { FileName = record.FileName, ContentType = record.ContentType, Content = ByteString.CopyFrom(record.Content) };
    }

    private async Task<bool> StoredAsync(ReportTarget target, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(target, write: false, cancellationToken);
        return await Reports(db, target).AnyAsync(r => r.JobId == jobId, cancellationToken);
    }

    /// <summary>
    /// The archive's owner's context: a partnership's with its role (viewers read, staff write), whatever its members'
    /// switches, since the target's members were checked already; a municipality's with its access.
    /// </summary>
    private Task<ReportingDb> OpenAsync(ReportTarget target, bool write, CancellationToken cancellationToken) =>
        target.IsPartnership
            ? database.OpenPartnershipAsync(target.Scope.PartnershipId, write ? PartnershipAccess.Manage : PartnershipAccess.View, cancellationToken)
            : database.OpenAsync(target.Scope.MunicipalityCode, write ? AccessLevel.Contribute : AccessLevel.Aggregate, cancellationToken);

    /// <summary>The archive of the target's kind of owner; the SDK shows the context's owner's rows only.</summary>
    private static IQueryable<ArchivedReportRecord> Reports(ReportingDb db, ReportTarget target) =>
        target.IsPartnership ? db.PartnershipReports : db.MunicipalityReports;
}
