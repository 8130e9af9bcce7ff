using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Audit;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Grains;

/// <summary>
/// One tenant municipality. Its state lives in the core tables; every change is written (with the version as
/// concurrency token) before the grain's memory changes and before the caller hears back.
/// </summary>
public sealed class MunicipalityGrain(
    ModelContextFactory<PlatformDbContext> database,
    MunicipalityReferenceData referenceData,
    TimeProvider clock) : Grain, IMunicipalityGrain
{
    private MunicipalitySnapshot? snapshot;

    private string Code => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        snapshot = await LoadAsync(cancellationToken);

    public Task<MunicipalitySnapshot?> GetAsync() => Task.FromResult(snapshot);

    public async Task<MunicipalitySnapshot> JoinAsync(string partnershipId, string partnershipName)
    {
        var known = referenceData.Find(Code)
            ?? throw new InvalidInputException("municipality_code", $"'{Code}' is not a Danish municipality code.");
        if (snapshot?.Memberships.Any(m => m.PartnershipId == partnershipId && m.LeftAt is null) == true)
        {
            return snapshot;
        }

        var now = clock.GetUtcNow();
        await using (var db = database.Create())
        {
            if (snapshot is null)
            {
                db.Municipalities.Add(new MunicipalityRecord
                {
                    Code = known.Code,
                    Name = known.Name,
                    RegionCode = known.RegionCode,
                    RegionName = known.RegionName,
                    OnboardedAt = now,
                    Version = 1,
                });
            }
            else
            {
                await BumpVersionAsync(db, snapshot.Version);
            }

            db.Memberships.Add(new MembershipRecord { PartnershipId = partnershipId, MunicipalityCode = Code, JoinedAt = now });
            Audit(db, AuditActions.MunicipalityOnboarded, partnershipId, target: Code, detail: null);
            await db.SaveChangesAsync();
        }

        return await ReloadAsync();
    }

    public async Task<MunicipalitySnapshot> LeaveAsync(string partnershipId)
    {
        var current = Require();
        await using (var db = database.Create())
        {
            var open = await db.Memberships.SingleOrDefaultAsync(m =>
                m.PartnershipId == partnershipId && m.MunicipalityCode == Code && m.LeftAt == null);
            if (open is null)
            {
                return current;
            }

            open.LeftAt = clock.GetUtcNow();
            Audit(db, AuditActions.MunicipalityOffboarded, partnershipId, target: Code, detail: null);
            await BumpVersionAsync(db, current.Version);
            await db.SaveChangesAsync();
        }

        return await ReloadAsync();
    }

    public Task<MunicipalitySnapshot> AddLocalAreaAsync(string name, long expectedVersion) =>
        ChangeAsync(expectedVersion, (db, record) =>
        {
            if (record.LocalAreas.Any(area => string.Equals(area.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AlreadyExistsException($"Municipality {Code} already has a local area named '{name}'.");
            }

            db.LocalAreas.Add(new LocalAreaRecord { Id = Guid.NewGuid().ToString(), MunicipalityCode = Code, Name = name });
        });

    public Task<MunicipalitySnapshot> UpdateLocalAreaAsync(string localAreaId, string name, bool retired, long expectedVersion) =>
        ChangeAsync(expectedVersion, (_, record) =>
        {
            var area = record.LocalAreas.SingleOrDefault(a => a.Id == localAreaId)
                ?? throw new NotFoundException($"Municipality {Code} has no local area '{localAreaId}'.");
            if (record.LocalAreas.Any(other => other.Id != localAreaId && string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AlreadyExistsException($"Municipality {Code} already has a local area named '{name}'.");
            }

            area.Name = name;
            area.Retired = retired;
        });

    public Task<MunicipalitySnapshot> UpdateContactAsync(ContactSnapshot contact, long expectedVersion) =>
        ChangeAsync(expectedVersion, (_, record) =>
        {
            record.ContactEmail = contact.FunctionalEmail;
            record.ContactPhone = contact.Phone;
            record.Language = contact.Language;
        });

    public Task<MunicipalitySnapshot> SetModuleEnabledAsync(string moduleId, bool enabled) =>
        ChangeAsync(expectedVersion: 0, (db, record) =>
        {
            var moduleSwitch = record.ModuleSwitches.SingleOrDefault(s => s.ModuleId == moduleId);
            if (moduleSwitch is null)
            {
                db.ModuleSwitches.Add(new ModuleSwitchRecord
                {
                    MunicipalityCode = Code, ModuleId = moduleId, Enabled = enabled, ChangedAt = clock.GetUtcNow(),
                });
            }
            else
            {
                moduleSwitch.Enabled = enabled;
                moduleSwitch.ChangedAt = clock.GetUtcNow();
            }

            Audit(db, AuditActions.ModuleSwitched, partnershipId: null, target: moduleId, detail: enabled ? "on" : "off");
        });

    /// <summary>Adds the change's audit entry, for the caller of this grain call, to the change's unit of work.</summary>
    private void Audit(PlatformDbContext db, AuditAction action, string? partnershipId, string target, string? detail) =>
        AuditEntries.Add(db, CallerFlow.Current ?? Caller.Anonymous, clock.GetUtcNow(), action, Code, partnershipId, target, detail);

    private async Task<MunicipalitySnapshot> ChangeAsync(long expectedVersion, Action<PlatformDbContext, MunicipalityRecord> change)
    {
        var current = Require();
        if (expectedVersion != 0 && expectedVersion != current.Version)
        {
            throw new ConcurrencyConflictException(
                $"Municipality {Code} is at version {current.Version}, not {expectedVersion}: read it again and retry.");
        }

        await using (var db = database.Create())
        {
            var record = await db.Municipalities.Include(m => m.LocalAreas).Include(m => m.ModuleSwitches)
                .SingleAsync(m => m.Code == Code);
            change(db, record);
            record.Version = current.Version + 1;
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another activation wrote first (only possible briefly after a silo failure): start from the database.
                snapshot = await LoadAsync(CancellationToken.None);
                throw new ConcurrencyConflictException($"Municipality {Code} was changed meanwhile: read it again and retry.");
            }
        }

        return await ReloadAsync();
    }

    private async Task BumpVersionAsync(PlatformDbContext db, long currentVersion)
    {
        var record = await db.Municipalities.SingleAsync(m => m.Code == Code);
        record.Version = currentVersion + 1;
    }

    private MunicipalitySnapshot Require() =>
        snapshot ?? throw new NotFoundException($"Municipality {Code} is not onboarded.");

    private async Task<MunicipalitySnapshot> ReloadAsync()
    {
        snapshot = await LoadAsync(CancellationToken.None);
        return snapshot!;
    }

    private async Task<MunicipalitySnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var record = await db.Municipalities.AsNoTracking().Include(m => m.LocalAreas).Include(m => m.ModuleSwitches)
            .SingleOrDefaultAsync(m => m.Code == Code, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var memberships = await db.LoadMembershipsAsync(m => m.MunicipalityCode == Code, cancellationToken);
        return new MunicipalitySnapshot(
            record.Code,
            record.Name,
            record.RegionCode,
            record.RegionName,
            [.. record.LocalAreas.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new LocalAreaSnapshot(a.Id, a.Name, a.Retired))],
            new ContactSnapshot(record.ContactEmail, record.ContactPhone, record.Language),
            record.ModuleSwitches.ToDictionary(s => s.ModuleId, s => s.Enabled, StringComparer.Ordinal),
            memberships,
            record.OnboardedAt,
            record.Version);
    }
}
