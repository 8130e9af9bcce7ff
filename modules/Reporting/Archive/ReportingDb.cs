using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Reporting.Plan.Data;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Archive;

/// <summary>The reporting model: the report archive and the partnerships' plans. Each provider's subclass in Archive/Providers carries its migrations.</summary>
internal abstract class ReportingDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<MunicipalityReportRecord> MunicipalityReports => Set<MunicipalityReportRecord>();

    public DbSet<PartnershipReportRecord> PartnershipReports => Set<PartnershipReportRecord>();

    public DbSet<PlanRecord> Plans => Set<PlanRecord>();

    public DbSet<PlanWorkstreamRecord> PlanWorkstreams => Set<PlanWorkstreamRecord>();

    public DbSet<PlanMemberStateRecord> PlanMemberStates => Set<PlanMemberStateRecord>();

    public DbSet<PlanQuarterNoteRecord> PlanQuarterNotes => Set<PlanQuarterNoteRecord>();

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MunicipalityReportRecord>(report =>
        {
            report.ToTable("reporting_municipality_archive");
            Archived(report);
            report.Property(r => r.MunicipalityCode).HasMaxLength(4);
        });
        modelBuilder.Entity<PartnershipReportRecord>(report =>
        {
            report.ToTable("reporting_partnership_archive");
            Archived(report);
            report.Property(r => r.PartnershipId).HasMaxLength(64);
        });
        PlanModel.Build(modelBuilder);
    }

    /// <summary>The columns both archives share; the SDK adds the owner's filter and index.</summary>
    private static void Archived<TReport>(EntityTypeBuilder<TReport> report)
        where TReport : ArchivedReportRecord
    {
        report.HasKey(r => r.Id);
        report.HasIndex(r => r.JobId).IsUnique();
        report.Property(r => r.FileName).HasMaxLength(200);
        report.Property(r => r.ContentType).HasMaxLength(100);
    }
}
