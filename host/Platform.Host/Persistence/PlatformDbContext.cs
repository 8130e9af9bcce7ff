using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence.Records;
using Platform.Sdk.Data;

namespace Platform.Host.Persistence;

/// <summary>
/// The core's own tables: partnerships, municipalities, their memberships and invitations to join, module switches,
/// durable jobs, the people who sign in with their grants and sign-in links, the Data Protection keys every host shares,
/// the service accounts of partner systems, and the audit trail.
/// Each provider has a sealed subclass that carries its migrations (see Persistence/Providers).
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options) : DbContext(options)
{
    public const string ModelName = "platform";

    public DbSet<PartnershipRecord> Partnerships => Set<PartnershipRecord>();

    public DbSet<MunicipalityRecord> Municipalities => Set<MunicipalityRecord>();

    public DbSet<LocalAreaRecord> LocalAreas => Set<LocalAreaRecord>();

    public DbSet<MembershipRecord> Memberships => Set<MembershipRecord>();

    public DbSet<ModuleSwitchRecord> ModuleSwitches => Set<ModuleSwitchRecord>();

    public DbSet<MembershipInvitationRecord> MembershipInvitations => Set<MembershipInvitationRecord>();

    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    public DbSet<JobScheduleRecord> JobSchedules => Set<JobScheduleRecord>();

    public DbSet<PersonRecord> People => Set<PersonRecord>();

    public DbSet<PersonGrantRecord> PersonGrants => Set<PersonGrantRecord>();

    public DbSet<InvitationRecord> Invitations => Set<InvitationRecord>();

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    public DbSet<ServiceAccountRecord> ServiceAccounts => Set<ServiceAccountRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PlatformConventions.Apply(configurationBuilder, Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PartnershipRecord>(partnership =>
        {
            partnership.ToTable("partnerships");
            partnership.HasKey(p => p.Id);
            partnership.Property(p => p.Id).HasMaxLength(64);
            partnership.Property(p => p.Name).HasMaxLength(200);
            partnership.Property(p => p.CentreName).HasMaxLength(200);
            partnership.Property(p => p.Description).HasMaxLength(2000);
        });
        modelBuilder.Entity<MunicipalityRecord>(municipality =>
        {
            municipality.ToTable("municipalities");
            municipality.HasKey(m => m.Code);
            municipality.Property(m => m.Code).HasMaxLength(4);
            municipality.Property(m => m.Name).HasMaxLength(100);
            municipality.Property(m => m.RegionCode).HasMaxLength(8);
            municipality.Property(m => m.RegionName).HasMaxLength(100);
            municipality.Property(m => m.ContactEmail).HasMaxLength(254);
            municipality.Property(m => m.ContactPhone).HasMaxLength(40);
            municipality.Property(m => m.Language).HasMaxLength(5);
            municipality.Property(m => m.Version).IsConcurrencyToken();
            municipality.HasMany(m => m.LocalAreas).WithOne().HasForeignKey(a => a.MunicipalityCode);
            municipality.HasMany(m => m.ModuleSwitches).WithOne().HasForeignKey(s => s.MunicipalityCode);
        });
        modelBuilder.Entity<LocalAreaRecord>(area =>
        {
            area.ToTable("local_areas");
            area.HasKey(a => a.Id);
            area.Property(a => a.Id).HasMaxLength(36);
            area.Property(a => a.Name).HasMaxLength(200);
            area.HasIndex(a => new { a.MunicipalityCode, a.Name }).IsUnique();
        });
        modelBuilder.Entity<ModuleSwitchRecord>(moduleSwitch =>
        {
            moduleSwitch.ToTable("module_switches");
            moduleSwitch.HasKey(s => new { s.MunicipalityCode, s.ModuleId });
            moduleSwitch.Property(s => s.ModuleId).HasMaxLength(64);
        });
        modelBuilder.Entity<MembershipRecord>(membership =>
        {
            membership.ToTable("memberships");
            membership.HasKey(m => m.Id);
            membership.HasIndex(m => new { m.PartnershipId, m.MunicipalityCode });
            membership.HasOne<PartnershipRecord>().WithMany().HasForeignKey(m => m.PartnershipId);
            membership.HasOne<MunicipalityRecord>().WithMany().HasForeignKey(m => m.MunicipalityCode);
        });
        modelBuilder.Entity<MembershipInvitationRecord>(invitation =>
        {
            invitation.ToTable("membership_invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).HasMaxLength(36);
            invitation.Property(i => i.State).HasConversion<int>();
            invitation.HasIndex(i => new { i.PartnershipId, i.State });
            invitation.HasIndex(i => new { i.MunicipalityCode, i.State });
            invitation.HasOne<PartnershipRecord>().WithMany().HasForeignKey(i => i.PartnershipId);
            invitation.HasOne<MunicipalityRecord>().WithMany().HasForeignKey(i => i.MunicipalityCode);
        });
        modelBuilder.Entity<JobRecord>(job =>
        {
            job.ToTable("jobs");
            job.HasKey(j => j.Id);
            job.Property(j => j.Type).HasMaxLength(100);
            job.Property(j => j.MunicipalityCode).HasMaxLength(4);
            job.Property(j => j.DeduplicationKey).HasMaxLength(200);
            job.Property(j => j.ScheduleId).HasMaxLength(100);
            job.Property(j => j.LeaseOwner).HasMaxLength(100);
            job.Property(j => j.State).HasConversion<int>();
            job.HasIndex(j => j.DeduplicationKey).IsUnique();
            job.HasIndex(j => new { j.State, j.RunAt });
        });
        modelBuilder.Entity<JobScheduleRecord>(schedule =>
        {
            schedule.ToTable("job_schedules");
            schedule.HasKey(s => s.Id);
            schedule.Property(s => s.Id).HasMaxLength(100);
            schedule.Property(s => s.JobType).HasMaxLength(100);
            schedule.Property(s => s.CronExpression).HasMaxLength(100);
            schedule.Property(s => s.TimeZoneId).HasMaxLength(64);
        });
        modelBuilder.Entity<PersonRecord>(person =>
        {
            person.ToTable("people");
            person.HasKey(p => p.Id);
            person.Property(p => p.Email).HasMaxLength(254);
            person.Property(p => p.DisplayName).HasMaxLength(200);
            person.Property(p => p.Status).HasConversion<int>();
            person.HasIndex(p => p.Email).IsUnique();
            person.Property(p => p.Language).HasMaxLength(2);
            // 450: the longest string SQL Server indexes (900 bytes); an issuer's address and its subject fit.
            person.Property(p => p.ExternalSubject).HasMaxLength(450);
            person.HasIndex(p => p.ExternalSubject).IsUnique();
            person.HasMany(p => p.Grants).WithOne().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PersonGrantRecord>(grant =>
        {
            grant.ToTable("person_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Role).HasConversion<int>();
            grant.Property(g => g.ScopeKind).HasConversion<int>();
            grant.Property(g => g.ScopeId).HasMaxLength(64);
            // The caller's grants are read by person on every call; the people of a scope by scope.
            grant.HasIndex(g => new { g.PersonId, g.Role, g.ScopeKind, g.ScopeId }).IsUnique();
            grant.HasIndex(g => new { g.ScopeKind, g.ScopeId });
        });
        modelBuilder.Entity<InvitationRecord>(invitation =>
        {
            invitation.ToTable("invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.TokenHash).HasMaxLength(32);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasOne<PersonRecord>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DataProtectionKeyRecord>(key =>
        {
            key.ToTable("data_protection_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.FriendlyName).HasMaxLength(100);
        });
        modelBuilder.Entity<ServiceAccountRecord>(account =>
        {
            account.ToTable("service_accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Name).HasMaxLength(64);
            account.HasIndex(a => a.Name).IsUnique();
            account.Property(a => a.Description).HasMaxLength(500);
        });
        modelBuilder.Entity<AuditEntryRecord>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorSubject).HasMaxLength(200);
            entry.Property(e => e.ActorKind).HasConversion<int>();
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.MunicipalityCode).HasMaxLength(4);
            entry.Property(e => e.PartnershipId).HasMaxLength(64);
            entry.Property(e => e.Target).HasMaxLength(200);
            entry.Property(e => e.Detail).HasMaxLength(200);
            // Read newest first, by tenant; purged by time.
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.MunicipalityCode, e.At });
            entry.HasIndex(e => new { e.PartnershipId, e.At });
        });
    }
}
