using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Archive;

/// <summary>The reporting model: the report archive. Each provider's subclass in Archive/Providers carries its migrations.</summary>
internal abstract class ReportingDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<ArchivedReportRecord> Reports => Set<ArchivedReportRecord>();

    protected override void BuildModel(ModelBuilder modelBuilder) => modelBuilder.Entity<ArchivedReportRecord>(report =>
    {
        report.ToTable("reporting_archive");
        report.HasKey(r => r.Id);
        report.HasIndex(r => r.JobId).IsUnique();
        report.HasIndex(r => new { r.ScopeKey, r.CreatedAt });
        report.Property(r => r.ScopeKey).HasMaxLength(120);
        report.Property(r => r.FileName).HasMaxLength(200);
        report.Property(r => r.ContentType).HasMaxLength(100);
    });
}
