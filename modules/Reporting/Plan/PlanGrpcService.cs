using Grpc.Core;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Plan;

/// <summary>The partnership's plan over gRPC: a thin adapter over <see cref="PartnershipPlans"/>.</summary>
internal sealed class PlanGrpcService(PartnershipPlans plans) : PartnershipPlanService.PartnershipPlanServiceBase
{
    public override Task<PartnershipPlan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        plans.GetAsync(request, context.CancellationToken);

    public override Task<PartnershipPlan> UpdateWorkstreams(UpdateWorkstreamsRequest request, ServerCallContext context) =>
        plans.UpdateWorkstreamsAsync(request, context.CancellationToken);

    public override Task<MemberState> SetMemberState(SetMemberStateRequest request, ServerCallContext context) =>
        plans.SetMemberStateAsync(request, context.CancellationToken);

    public override Task<QuarterlyNote> WriteQuarterlyNote(WriteQuarterlyNoteRequest request, ServerCallContext context) =>
        plans.WriteQuarterlyNoteAsync(request, context.CancellationToken);
}
