using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Errors;

namespace Platform.Host.Grains;

/// <summary>
/// One partnership, its members and its invitations. Onboarding, inviting and answering an invitation go through this
/// grain, so two changes of one partnership's members never interleave (and a municipality has at most one pending
/// invitation per partnership); the municipality grain writes the membership, and the lists are read back from the
/// database.
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

        return await ReloadAsync();
    }

    public async Task<PartnershipSnapshot> OnboardAsync(string municipalityCode)
    {
        var current = RequireNonMember(municipalityCode);
        await JoinAsync(municipalityCode, current);
        if (current.PendingInvitations.SingleOrDefault(i => i.MunicipalityCode == municipalityCode) is { } pending)
        {
            await DecideAsync(pending.Id, InvitationState.Accepted);
        }

        return await ReloadAsync();
    }

    public async Task<PartnershipSnapshot> InviteAsync(string municipalityCode)
    {
        var current = RequireNonMember(municipalityCode);
        if (current.PendingInvitations.SingleOrDefault(i => i.MunicipalityCode == municipalityCode) is { } pending)
        {
            throw new PreconditionFailedException(
                $"Municipality {municipalityCode} was invited to '{Id}' already (invitation {pending.Id}): wait for its coordinator to answer, or withdraw that invitation first.");
        }

        await using (var db = database.Create())
        {
            db.MembershipInvitations.Add(new MembershipInvitationRecord
            {
                Id = Guid.NewGuid().ToString(),
                PartnershipId = Id,
                MunicipalityCode = municipalityCode,
                State = InvitationState.Pending,
                InvitedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        return await ReloadAsync();
    }

    public async Task<MembershipInvitationSnapshot> AcceptInvitationAsync(string invitationId)
    {
        var current = Require();
        var invitation = await RequirePendingAsync(invitationId, "accepted");
        if (current.CurrentMemberCodes.Contains(invitation.MunicipalityCode))
        {
            throw new PreconditionFailedException(
                $"Municipality {invitation.MunicipalityCode} is already a member of '{Id}': nothing is left to accept; decline the invitation to close it.");
        }

        await JoinAsync(invitation.MunicipalityCode, current);
        await DecideAsync(invitationId, InvitationState.Accepted);
        await ReloadAsync();
        return await LoadInvitationAsync(invitationId);
    }

    public async Task<MembershipInvitationSnapshot> EndInvitationAsync(string invitationId, InvitationState outcome)
    {
        Require();
        await RequirePendingAsync(invitationId, outcome == InvitationState.Withdrawn ? "withdrawn" : "declined");
        await DecideAsync(invitationId, outcome);
        await ReloadAsync();
        return await LoadInvitationAsync(invitationId);
    }

    public async Task<PartnershipSnapshot> OffboardAsync(string municipalityCode)
    {
        var current = Require();
        if (!current.CurrentMemberCodes.Contains(municipalityCode))
        {
            throw new NotFoundException($"Municipality {municipalityCode} is not a current member of '{Id}'.");
        }

        await GrainFactory.GetGrain<IMunicipalityGrain>(municipalityCode).LeaveAsync(Id);
        return await ReloadAsync();
    }

    private PartnershipSnapshot RequireNonMember(string municipalityCode)
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

        return current;
    }

    /// <summary>The one way a municipality joins: by an onboarding or an accepted invitation.</summary>
    private Task JoinAsync(string municipalityCode, PartnershipSnapshot current) =>
        GrainFactory.GetGrain<IMunicipalityGrain>(municipalityCode).JoinAsync(Id, current.Name);

    private async Task<MembershipInvitationSnapshot> RequirePendingAsync(string invitationId, string wanted)
    {
        var invitation = await LoadInvitationAsync(invitationId);
        return invitation.State switch
        {
            InvitationState.Pending => invitation,
            InvitationState.Withdrawn => throw new PreconditionFailedException(
                $"Invitation {invitationId} was withdrawn by partnership '{Id}' and cannot be {wanted}: ask its staff to invite the municipality again."),
            _ => throw new PreconditionFailedException(
                $"Invitation {invitationId} was {invitation.State.ToString().ToLowerInvariant()} already and cannot be {wanted}: the partnership's staff can send a new one."),
        };
    }

    private async Task<MembershipInvitationSnapshot> LoadInvitationAsync(string invitationId)
    {
        await using var db = database.Create();
        return (await db.LoadInvitationsAsync(i => i.Id == invitationId && i.PartnershipId == Id, CancellationToken.None)).SingleOrDefault()
            ?? throw new NotFoundException($"Partnership '{Id}' has no invitation '{invitationId}'.");
    }

    private async Task DecideAsync(string invitationId, InvitationState outcome)
    {
        await using var db = database.Create();
        var record = await db.MembershipInvitations.SingleAsync(i => i.Id == invitationId);
        record.State = outcome;
        record.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
    }

    private async Task<PartnershipSnapshot> ReloadAsync()
    {
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
        var pending = await db.LoadInvitationsAsync(i => i.PartnershipId == Id && i.State == InvitationState.Pending, cancellationToken);
        return new PartnershipSnapshot(record.Id, record.Name, record.CentreName, record.Description, record.CreatedAt, members, pending);
    }
}
