using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Data;

/// <summary>The events model; each provider's subclass in Data/Providers carries its migrations.</summary>
internal abstract class EventsDb(DbContextOptions options) : TenantDbContext(options)
{
    public DbSet<EventRecord> Events => Set<EventRecord>();

    public DbSet<RegistrationRecord> Registrations => Set<RegistrationRecord>();

    public DbSet<OutcomeRecord> Outcomes => Set<OutcomeRecord>();

    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();

    public DbSet<CalendarFeedRecord> CalendarFeeds => Set<CalendarFeedRecord>();

    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EventRecord>(item =>
        {
            item.ToTable("ev_events");
            item.HasKey(e => e.Id);
            item.Property(e => e.MunicipalityCode).HasMaxLength(4);
            item.Property(e => e.PartnershipId).HasMaxLength(64);
            item.Property(e => e.Title).HasMaxLength(200);
            item.Property(e => e.Description).HasMaxLength(4000);
            item.Property(e => e.LocalAreaId).HasMaxLength(36);
            item.Property(e => e.Venue).HasMaxLength(200);
            item.Property(e => e.Version).IsConcurrencyToken();
            item.HasIndex(e => new { e.MunicipalityCode, e.Start });
            item.HasIndex(e => e.PartnershipId);
        });
        modelBuilder.Entity<RegistrationRecord>(registration =>
        {
            registration.ToTable("ev_registrations");
            registration.HasKey(r => r.Id);
            registration.Property(r => r.MunicipalityCode).HasMaxLength(4);
            registration.Property(r => r.Name).HasMaxLength(200);
            registration.Property(r => r.Email).HasMaxLength(254);
            registration.Property(r => r.EmailKey).HasMaxLength(254);
            registration.Property(r => r.Organisation).HasMaxLength(200);
            registration.HasIndex(r => new { r.EventId, r.EmailKey }).IsUnique();
            registration.HasIndex(r => new { r.EventId, r.Status, r.Sequence });
            registration.Property(r => r.CancelTokenHash).HasMaxLength(32);
            registration.HasIndex(r => r.CancelTokenHash).IsUnique();
            registration.HasOne<EventRecord>().WithMany().HasForeignKey(r => r.EventId);
        });
        modelBuilder.Entity<OutcomeRecord>(outcome =>
        {
            outcome.ToTable("ev_outcomes");
            outcome.HasKey(o => o.Id);
            outcome.Property(o => o.MunicipalityCode).HasMaxLength(4);
            outcome.Property(o => o.Text).HasMaxLength(2000);
            outcome.Property(o => o.ActorId).HasMaxLength(36);
            outcome.HasIndex(o => o.EventId);
            outcome.HasOne<EventRecord>().WithMany().HasForeignKey(o => o.EventId);
        });
        modelBuilder.Entity<OutboxMessageRecord>(message =>
        {
            message.ToTable("ev_outbox");
            message.HasKey(m => m.Id);
            message.Property(m => m.MunicipalityCode).HasMaxLength(4);
            message.Property(m => m.Key).HasMaxLength(200);
            message.Property(m => m.To).HasMaxLength(254);
            message.Property(m => m.Subject).HasMaxLength(300);
            message.Property(m => m.Body).HasMaxLength(8000);
            message.Property(m => m.Calendar).HasMaxLength(16000);
            message.Property(m => m.LastError).HasMaxLength(1000);
            message.HasIndex(m => m.Key).IsUnique();
        });
        modelBuilder.Entity<CalendarFeedRecord>(feed =>
        {
            feed.ToTable("ev_calendar_feeds");
            feed.HasKey(f => f.Id);
            feed.Property(f => f.Id).HasMaxLength(100);
            feed.Property(f => f.Token).HasMaxLength(64);
            feed.HasIndex(f => f.Token).IsUnique();
        });
    }
}
