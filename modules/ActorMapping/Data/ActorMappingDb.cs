using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

/// <summary>The actor mapping model; each provider's subclass in Data/Providers carries its migrations.</summary>
public abstract class ActorMappingDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<ActorRecord> Actors => Set<ActorRecord>();

    public DbSet<ContactPersonRecord> ContactPersons => Set<ContactPersonRecord>();

    public DbSet<StageChangeRecord> StageChanges => Set<StageChangeRecord>();

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
            actor.HasIndex(a => new { a.MunicipalityCode, a.Archived, a.Name });
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
    }
}
