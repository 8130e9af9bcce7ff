using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Errors;

namespace Platform.Host.Grains;

/// <summary>
/// One partnership and its members. Onboarding goes through this grain, so two onboardings of one partnership never
/// interleave; the municipality grain writes the membership, and the member list is read back from the database.
/// </summary>
public sealed class PartnershipGrain(
    ModelContextFactory<PlatformDbContext> database,
    MunicipalityReferenceData referenceData,
    TimeProvider clock) : Grain, IPartnershipGrain
{
    private PartnershipSnapshot? snapshot;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        snapshot = await LoadAsync(cancellationToken);

    public Task<PartnershipSnapshot?> GetAsync() => Task.FromResult(snapshot);

    public async Task<PartnershipSnapshot> CreateAsync(string name, string centreName, string description)
    {
        if (snapshot is not null)
        {
            throw new AlreadyExistsException($"A partnership with the id '{Id}' exists already.");
        }

        await using (var db = database.Create())
        {
            db.Partnerships.Add(new PartnershipRecord
            {
                Id = Id, Name = name, CentreName = centreName, Description = description, CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        snapshot = await LoadAsync(CancellationToken.None);
        return snapshot!;
    }

    public async Task<PartnershipSnapshot> OnboardAsync(string municipalityCode)
    {
        var current = Require();
        if (referenceData.Find(municipalityCode) is null)
        {
            throw new InvalidInputException("municipality_code", $"'{municipalityCode}' is not a Danish municipality code.");
        }

        if (current.CurrentMemberCodes.Contains(municipalityCode))
        {
            throw new AlreadyExistsException($"Municipality {municipalityCode} is already a member of '{Id}'.");
        }

        await GrainFactory.GetGrain<IMunicipalityGrain>(municipalityCode).JoinAsync(Id, current.Name);
        snapshot = await LoadAsync(CancellationToken.None);
        return snapshot!;
    }

    public async Task<PartnershipSnapshot> OffboardAsync(string municipalityCode)
    {
        var current = Require();
        if (!current.CurrentMemberCodes.Contains(municipalityCode))
        {
            throw new NotFoundException($"Municipality {municipalityCode} is not a current member of '{Id}'.");
        }

        await GrainFactory.GetGrain<IMunicipalityGrain>(municipalityCode).LeaveAsync(Id);
        snapshot = await LoadAsync(CancellationToken.None);
        return snapshot!;
    }

    private PartnershipSnapshot Require() =>
        snapshot ?? throw new NotFoundException($"No partnership has the id '{Id}'.");

    private async Task<PartnershipSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var record = await db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var members = await db.LoadMembershipsAsync(m => m.PartnershipId == Id, cancellationToken);
        return new PartnershipSnapshot(record.Id, record.Name, record.CentreName, record.Description, record.CreatedAt, members);
    }
}
