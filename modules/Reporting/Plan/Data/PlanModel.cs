using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Plan.Data;

/// <summary>The plan's tables in the reporting model; the SDK adds the owners' filters and indexes.</summary>
internal static class PlanModel
{
    public const int TitleLength = 200;
    public const int NoteLength = 500;
    public const int QuarterNoteLength = 1000;

    public static void Build(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlanRecord>(plan =>
        {
            plan.ToTable("reporting_plans");
            plan.HasKey(p => p.PartnershipId);
            plan.Property(p => p.PartnershipId).HasMaxLength(64);
            plan.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PlanWorkstreamRecord>(workstream =>
        {
            workstream.ToTable("reporting_plan_workstreams");
            workstream.HasKey(w => w.Id);
            workstream.Property(w => w.PartnershipId).HasMaxLength(64);
            workstream.Property(w => w.TitleDa).HasMaxLength(TitleLength);
            workstream.Property(w => w.TitleEn).HasMaxLength(TitleLength);
            workstream.Property(w => w.Responsible).HasMaxLength(TitleLength);
            workstream.Property(w => w.Note).HasMaxLength(NoteLength);
        });
        modelBuilder.Entity<PlanMemberStateRecord>(state =>
        {
            state.ToTable("reporting_plan_member_states");
            state.HasKey(s => s.Id);
            state.Property(s => s.MunicipalityCode).HasMaxLength(4);
            state.Property(s => s.PartnershipId).HasMaxLength(64);
            state.Property(s => s.Note).HasMaxLength(NoteLength);
            state.Property(s => s.Version).IsConcurrencyToken();
            state.HasIndex(s => new { s.MunicipalityCode, s.PartnershipId, s.WorkstreamId }).IsUnique();
        });
        modelBuilder.Entity<PlanQuarterNoteRecord>(note =>
        {
            note.ToTable("reporting_plan_quarter_notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.MunicipalityCode).HasMaxLength(4);
            note.Property(n => n.PartnershipId).HasMaxLength(64);
            note.Property(n => n.Text).HasMaxLength(QuarterNoteLength);
            note.Property(n => n.Version).IsConcurrencyToken();
            note.HasIndex(n => new { n.MunicipalityCode, n.PartnershipId, n.Year, n.Quarter }).IsUnique();
        });
    }
}
