using Platform.GrainInterfaces;
using Platform.Host.Grains;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Partnerships.Invitations;

/// <summary>
/// A municipality's invitations to join partnerships, for the gRPC service and the web pages alike: its coordinator and
/// administrators list, accept and decline them; the partnership's staff and administrators withdraw them. A caller who
/// may not act on an invitation is refused in the same words whether or not it exists.
/// </summary>
public sealed class MembershipInvitations(
    IGrainFactory grains,
    CallerContext caller,
    ModelContextFactory<PlatformDbContext> database,
    ReadableData readable,
    IAuditTrail audit)
{
    /// <summary>The municipality's pending invitations, oldest first, each with what the partnership will read.</summary>
    public async Task<IReadOnlyList<InvitationView>> ListPendingAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        new Validation().MunicipalityCode(municipalityCode, "municipality_code").ThrowIfInvalid();
        if (!caller.AnswersInvitationsOf(municipalityCode))
        {
            throw new PermissionDeniedException($"Only the coordinator of municipality {municipalityCode} and administrators see its invitations.");
        }

        await using var db = database.Create();
        var pending = await db.LoadInvitationsAsync(
            i => i.MunicipalityCode == municipalityCode && i.State == InvitationState.Pending, cancellationToken);
        return pending.Count == 0 ? [] : await ViewAsync(pending);
    }

    public Task<InvitationView> AcceptAsync(string invitationId, CancellationToken cancellationToken) =>
        AnswerAsync(invitationId, grain => grain.AcceptInvitationAsync(invitationId), AuditActions.InvitationAccepted, cancellationToken);

    public Task<InvitationView> DeclineAsync(string invitationId, CancellationToken cancellationToken) =>
        AnswerAsync(invitationId, grain => grain.EndInvitationAsync(invitationId, InvitationState.Declined), AuditActions.InvitationDeclined, cancellationToken);

    public async Task<InvitationView> WithdrawAsync(string invitationId, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(invitationId, i => caller.RoleIn(i.PartnershipId) == PartnershipAccess.Manage, "withdraw", cancellationToken);
        var withdrawn = await grains.GetGrain<IPartnershipGrain>(invitation.PartnershipId)
            .EndInvitationAsync(invitationId, InvitationState.Withdrawn);
        await Record(AuditActions.InvitationWithdrawn, withdrawn, cancellationToken);
        return (await ViewAsync([withdrawn]))[0];
    }

    private async Task<InvitationView> AnswerAsync(
        string invitationId, Func<IPartnershipGrain, Task<MembershipInvitationSnapshot>> answer, AuditAction action, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(invitationId, i => caller.AnswersInvitationsOf(i.MunicipalityCode), "answer", cancellationToken);
        var answered = await answer(grains.GetGrain<IPartnershipGrain>(invitation.PartnershipId));
        await Record(action, answered, cancellationToken);
        return (await ViewAsync([answered]))[0];
    }

    private Task Record(AuditAction action, MembershipInvitationSnapshot invitation, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, invitation.MunicipalityCode, invitation.PartnershipId, invitation.Id, detail: null, cancellationToken);

    /// <summary>The invitation, when the caller may act on it; an administrator alone learns that an id is unknown.</summary>
    private async Task<MembershipInvitationSnapshot> FindAsync(
        string invitationId, Func<MembershipInvitationSnapshot, bool> mayAct, string action, CancellationToken cancellationToken)
    {
        new Validation()
            .Required(invitationId, "invitation_id", 36)
            .Check(Guid.TryParse(invitationId, out _), "invitation_id", "must be an invitation's id")
            .ThrowIfInvalid();
        await using var db = database.Create();
        var invitation = (await db.LoadInvitationsAsync(i => i.Id == invitationId, cancellationToken)).SingleOrDefault();
        if (invitation is not null && mayAct(invitation))
        {
            return invitation;
        }

        throw invitation is null && caller.Caller.IsAdmin
            ? new NotFoundException($"No invitation has the id '{invitationId}'.")
            : new PermissionDeniedException($"The caller may not {action} invitation '{invitationId}'.");
    }

    private async Task<IReadOnlyList<InvitationView>> ViewAsync(IReadOnlyList<MembershipInvitationSnapshot> invitations)
    {
        var views = new List<InvitationView>();
        foreach (var invitation in invitations)
        {
            var municipality = await grains.GetGrain<IMunicipalityGrain>(invitation.MunicipalityCode).GetAsync();
            views.Add(new InvitationView(invitation, municipality is null ? [] : readable.For(municipality)));
        }

        return views;
    }
}

/// <summary>An invitation with what the partnership's roles will read in the municipality once it is a member.</summary>
public sealed record InvitationView(MembershipInvitationSnapshot Invitation, IReadOnlyList<ReadableModule> Readable);
