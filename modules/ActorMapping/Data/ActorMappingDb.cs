using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

/// <summary>The actor mapping model; each provider's subclass in Data/Providers carries its migrations.</summary>
internal abstract class ActorMappingDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<ActorRecord> Actors => Set<ActorRecord>();

    public DbSet<ContactPersonRecord> ContactPersons => Set<ContactPersonRecord>();

    public DbSet<StageChangeRecord> StageChanges => Set<StageChangeRecord>();

    public DbSet<InitiativeRecord> Initiatives => Set<InitiativeRecord>();

    public DbSet<InitiativeActorRecord> InitiativeActors => Set<InitiativeActorRecord>();

    public DbSet<ActorRelationRecord> Relations => Set<ActorRelationRecord>();

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActorRecord>(actor =>
        {
            actor.ToTable("am_actors");
            actor.HasKey(a => a.Id);
            actor.Property(a => a.MunicipalityCode).HasMaxLength(4);
            actor.Property(a => a.Name).HasMaxLength(200);
            actor.Property(a => a.Category).HasMaxLength(100);
            actor.Property(a => a.LocalAreaId).HasMaxLength(36);
            actor.Property(a => a.Description).HasMaxLength(2000);
            actor.Property(a => a.Version).IsConcurrencyToken();
            // Lists are ordered by name then id within a municipality: this index serves the order, so a page stops
            // early, and holds Archived, so counting the unarchived actors reads the index alone.
            actor.HasIndex(a => new { a.MunicipalityCode, a.Name, a.Id, a.Archived });
            actor.HasMany(a => a.Contacts).WithOne().HasForeignKey(c => c.ActorId);
            actor.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ActorId);
        });
        modelBuilder.Entity<ContactPersonRecord>(contact =>
        {
            contact.ToTable("am_contact_persons");
            contact.HasKey(c => c.Id);
            contact.Property(c => c.MunicipalityCode).HasMaxLength(4);
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Role).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Phone).HasMaxLength(40);
        });
        modelBuilder.Entity<StageChangeRecord>(change =>
        {
            change.ToTable("am_stage_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.MunicipalityCode).HasMaxLength(4);
            change.Property(c => c.ChangedBy).HasMaxLength(200);
            change.Property(c => c.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<InitiativeRecord>(initiative =>
        {
            initiative.ToTable("am_initiatives");
            initiative.HasKey(i => i.Id);
            initiative.Property(i => i.MunicipalityCode).HasMaxLength(4);
            initiative.Property(i => i.Name).HasMaxLength(200);
            initiative.Property(i => i.Description).HasMaxLength(4000);
            initiative.Property(i => i.LocalAreaId).HasMaxLength(36);
            initiative.Property(i => i.Version).IsConcurrencyToken();
            initiative.HasIndex(i => new { i.MunicipalityCode, i.Name, i.Id });
            initiative.HasMany(i => i.Actors).WithOne().HasForeignKey(a => a.InitiativeId);
        });
        modelBuilder.Entity<InitiativeActorRecord>(link =>
        {
            link.ToTable("am_initiative_actors");
            link.HasKey(l => new { l.InitiativeId, l.ActorId, l.Role });
            link.Property(l => l.MunicipalityCode).HasMaxLength(4);
            link.HasIndex(l => l.ActorId);
            link.HasOne<ActorRecord>().WithMany().HasForeignKey(l => l.ActorId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ActorRelationRecord>(relation =>
        {
            relation.ToTable("am_actor_relations");
            relation.HasKey(r => r.Id);
            relation.Property(r => r.MunicipalityCode).HasMaxLength(4);
            relation.Property(r => r.Note).HasMaxLength(1000);
            relation.Property(r => r.CreatedBy).HasMaxLength(200);
            relation.HasIndex(r => new { r.FromActorId, r.ToActorId, r.Kind }).IsUnique();
            relation.HasIndex(r => r.ToActorId);
            relation.HasOne<ActorRecord>().WithMany().HasForeignKey(r => r.FromActorId).OnDelete(DeleteBehavior.Restrict);
            relation.HasOne<ActorRecord>().WithMany().HasForeignKey(r => r.ToActorId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
