using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>The surveys model; each provider's subclass in Data/Providers carries its migrations.</summary>
internal abstract class SurveysDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<SurveyRecord> Surveys => Set<SurveyRecord>();

    public DbSet<SurveyVersionRecord> SurveyVersions => Set<SurveyVersionRecord>();

    public DbSet<PartnershipSurveyRecord> PartnershipSurveys => Set<PartnershipSurveyRecord>();

    public DbSet<PartnershipSurveyVersionRecord> PartnershipSurveyVersions => Set<PartnershipSurveyVersionRecord>();

    public DbSet<CollectionLinkRecord> Links => Set<CollectionLinkRecord>();

    public DbSet<ResponseRecord> Responses => Set<ResponseRecord>();

    public DbSet<AnswerRecord> Answers => Set<AnswerRecord>();

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SurveyRecord>(survey =>
        {
            survey.ToTable("sv_surveys");
            survey.HasKey(s => s.Id);
            survey.Property(s => s.MunicipalityCode).HasMaxLength(4);
            survey.Property(s => s.TemplateId).HasMaxLength(64);
            survey.Property(s => s.LatestVersion).IsConcurrencyToken();
            survey.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.SurveyId);
        });
        modelBuilder.Entity<SurveyVersionRecord>(version =>
        {
            version.ToTable("sv_survey_versions");
            version.HasKey(v => new { v.SurveyId, v.Version });
            version.Property(v => v.MunicipalityCode).HasMaxLength(4);
        });
        modelBuilder.Entity<PartnershipSurveyRecord>(survey =>
        {
            survey.ToTable("sv_partnership_surveys");
            survey.HasKey(s => s.Id);
            survey.Property(s => s.PartnershipId).HasMaxLength(64);
            survey.Property(s => s.TemplateId).HasMaxLength(64);
            survey.Property(s => s.LatestVersion).IsConcurrencyToken();
            survey.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.SurveyId);
        });
        modelBuilder.Entity<PartnershipSurveyVersionRecord>(version =>
        {
            version.ToTable("sv_partnership_survey_versions");
            version.HasKey(v => new { v.SurveyId, v.Version });
            version.Property(v => v.PartnershipId).HasMaxLength(64);
        });
        modelBuilder.Entity<CollectionLinkRecord>(link =>
        {
            link.ToTable("sv_links");
            link.HasKey(l => l.TokenHash);
            link.Property(l => l.TokenHash).HasMaxLength(64);
            link.Property(l => l.ShortHash).HasMaxLength(64);
            link.HasIndex(l => l.ShortHash).IsUnique();
            link.Property(l => l.PartnershipId).HasMaxLength(64);
            link.Property(l => l.MunicipalityCode).HasMaxLength(4);
            link.Property(l => l.LocalAreaId).HasMaxLength(36);
        });
        modelBuilder.Entity<ResponseRecord>(response =>
        {
            response.ToTable("sv_responses");
            response.HasKey(r => r.Id);
            response.Property(r => r.MunicipalityCode).HasMaxLength(4);
            response.Property(r => r.LocalAreaId).HasMaxLength(36);
            response.Property(r => r.AgeBand).HasMaxLength(8);
            response.HasIndex(r => new { r.SurveyId, r.MunicipalityCode, r.LocalAreaId, r.AgeBand, r.Audience, r.RecordKey });
        });
        modelBuilder.Entity<AnswerRecord>(answer =>
        {
            answer.ToTable("sv_answers");
            answer.HasKey(a => new { a.ResponseId, a.QuestionId, a.OptionId });
            answer.Property(a => a.QuestionId).HasMaxLength(64);
            answer.Property(a => a.OptionId).HasMaxLength(64);
            answer.Property(a => a.MunicipalityCode).HasMaxLength(4);
            answer.Property(a => a.LocalAreaId).HasMaxLength(36);
            answer.Property(a => a.AgeBand).HasMaxLength(8);
            answer.Property(a => a.Text).HasMaxLength(4000);
            // Covers every results query: the survey, the tenant filter, each breakdown and the record keys summed for
            // published counts are read from the index alone.
            answer.HasIndex(a => new { a.SurveyId, a.MunicipalityCode, a.QuestionId, a.OptionId, a.LocalAreaId, a.AgeBand, a.Audience, a.RecordKey });
        });
    }
}
