using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Partnerships;
using Platform.Host.Partnerships.Invitations;

namespace Platform.Host.Grpc.Services;

/// <summary>The partnership service over gRPC: a thin adapter of <see cref="PartnershipManagement"/> and <see cref="MembershipInvitations"/>.</summary>
public sealed class PartnershipGrpcService(PartnershipManagement partnerships, MembershipInvitations invitations)
    : PartnershipService.PartnershipServiceBase
{
    public override async Task<Partnership> CreatePartnership(CreatePartnershipRequest request, ServerCallContext context) =>
        (await partnerships.CreateAsync(request.Id, request.Name, request.CentreName, request.Description)).ToContract();

    public override async Task<Partnership> GetPartnership(GetPartnershipRequest request, ServerCallContext context) =>
        (await partnerships.GetAsync(request.Id)).ToContract();

    public override async Task<ListPartnershipsResponse> ListPartnerships(ListPartnershipsRequest request, ServerCallContext context) =>
        new() { Partnerships = { (await partnerships.ListAsync(context.CancellationToken)).Select(partnership => partnership.ToContract()) } };

    public override async Task<Partnership> OnboardMunicipality(OnboardMunicipalityRequest request, ServerCallContext context) =>
        (await partnerships.OnboardAsync(request.PartnershipId, request.MunicipalityCode, context.CancellationToken)).ToContract();

    public override async Task<Partnership> OffboardMunicipality(OffboardMunicipalityRequest request, ServerCallContext context) =>
        (await partnerships.OffboardAsync(request.PartnershipId, request.MunicipalityCode, context.CancellationToken)).ToContract();

    public override async Task<ListInvitationsResponse> ListInvitations(ListInvitationsRequest request, ServerCallContext context) =>
        new() { Invitations = { (await invitations.ListPendingAsync(request.MunicipalityCode, context.CancellationToken)).Select(view => view.ToContract()) } };

    public override async Task<MembershipInvitation> AcceptInvitation(AnswerInvitationRequest request, ServerCallContext context) =>
        (await invitations.AcceptAsync(request.InvitationId, context.CancellationToken)).ToContract();

    public override async Task<MembershipInvitation> DeclineInvitation(AnswerInvitationRequest request, ServerCallContext context) =>
        (await invitations.DeclineAsync(request.InvitationId, context.CancellationToken)).ToContract();

    public override async Task<MembershipInvitation> WithdrawInvitation(AnswerInvitationRequest request, ServerCallContext context) =>
        (await invitations.WithdrawAsync(request.InvitationId, context.CancellationToken)).ToContract();
}
