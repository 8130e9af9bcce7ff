using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Web.Tests.Reporting.Plan;

/// <summary>The plan pages' addresses and the plan's calls the tests prepare and check data with.</summary>
internal static class PlanPages
{
    public static Uri Partnership(TestPlatform platform, string id) => new(platform.WebAddress, $"/m/reporting/partnership/{id}/plan");

    public static Uri Edit(TestPlatform platform, string id) => new(platform.WebAddress, $"/m/reporting/partnership/{id}/plan/edit");

    public static Uri Municipality(TestPlatform platform, string code) => new(platform.WebAddress, $"/m/reporting/{code}/plan");

    public static PartnershipPlanService.PartnershipPlanServiceClient Client(TestPlatform platform) => new(platform.Channel);

    public static CallOptions Staff(TestPlatform platform, string id) => platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

    public static Task<PartnershipPlan> ReadAsync(TestPlatform platform, string id) =>
        Client(platform).GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Staff(platform, id)).ResponseAsync;

    public static async Task SetStateAsync(TestPlatform platform, string id, string code, int workstream, WorkstreamState state, string note = "")
    {
        var plan = await ReadAsync(platform, id);
        await Client(platform).SetMemberStateAsync(new SetMemberStateRequest
        {
            PartnershipId = id, MunicipalityCode = code, WorkstreamId = plan.Workstreams[workstream].Id, State = state, Note = note,
            ExpectedVersion = plan.Workstreams[workstream].States.Single(s => s.MunicipalityCode == code).Version,
        }, platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code)));
    }
}
