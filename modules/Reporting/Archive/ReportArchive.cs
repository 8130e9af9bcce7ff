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
/// Generates reports into the archive and reads them back. Storing is keyed by the generating job's id, so a job that
/// runs again after a crash or a lost lease stores its report once.
/// </summary>
internal sealed class ReportArchive(
    ITenantDbContextFactory<ReportingDb> database, ReportBuilder builder, ReportFiles files, TimeProvider clock)
{
    public async Task GenerateAsync(
        Guid jobId, ReportTarget target, QuarterPeriod period, ReportFormat format,
        Func<int, CancellationToken, Task> reportProgress, CancellationToken cancellationToken)
    {
        await using (var db = await OpenAsync(target, AccessLevel.Contribute, cancellationToken))
        {
            if (await db.Reports.AnyAsync(r => r.JobId == jobId, cancellationToken))
            {
                return;
            }
        }

        var report = await builder.BuildAsync(target, period, (percent, _) => reportProgress(percent * 9 / 10, cancellationToken), cancellationToken);
        var file = files.Write(report, format, "format");
        await using var store = await OpenAsync(target, AccessLevel.Contribute, cancellationToken);
        store.Reports.Add(new ArchivedReportRecord
        {
            Id = Guid.NewGuid(),
            JobId = jobId,
            ScopeKey = target.Key,
            Year = period.Year,
            Quarter = period.Number,
            Format = (int)format,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Content = file.Content.ToByteArray(),
            CreatedAt = clock.GetUtcNow(),
        });
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
        await using var db = await OpenAsync(target, AccessLevel.Aggregate, cancellationToken);
        var rows = await db.Reports.AsNoTracking().Where(r => r.ScopeKey == target.Key)
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
        await using var db = await OpenAsync(target, AccessLevel.Aggregate, cancellationToken);
        var record = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.ScopeKey == target.Key, cancellationToken)
            ?? throw new NotFoundException($"The archive of {target.Key} has no report {id}.");
        return new ReportFile { FileName = record.FileName, ContentType = record.ContentType, Content = ByteString.CopyFrom(record.Content) };
    }

    private async Task<bool> StoredAsync(ReportTarget target, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(target, AccessLevel.Aggregate, cancellationToken);
        return await db.Reports.AnyAsync(r => r.JobId == jobId, cancellationToken);
    }

    private Task<ReportingDb> OpenAsync(ReportTarget target, AccessLevel level, CancellationToken cancellationToken) =>
        target.IsPartnership
            ? database.OpenForPartnershipAsync(target.Scope.PartnershipId, level, cancellationToken)
            : database.OpenAsync(target.Scope.MunicipalityCode, level, cancellationToken);
}
