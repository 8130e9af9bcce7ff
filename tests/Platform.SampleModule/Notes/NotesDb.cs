using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.SampleModule.Notes;

public abstract class NotesDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void BuildModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>(note =>
    {
        note.ToTable("sample_notes");
        note.HasKey(n => n.Id);
        note.Property(n => n.MunicipalityCode).HasMaxLength(4);
        note.Property(n => n.Text).HasMaxLength(500);
        note.Property(n => n.AuthorEmail).HasMaxLength(254);
    });
}
