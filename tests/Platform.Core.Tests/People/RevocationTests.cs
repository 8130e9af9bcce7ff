using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.People;

[Collection(PlatformCollection.Name)]
public sealed class RevocationTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;
    private readonly PeopleCalls people = new(shared.Platform);

    [Fact]
    public async Task A_revoked_grant_stops_working_at_the_person_s_next_call_with_the_same_token()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var grant = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code);
        var person = await people.InviteAsync(PeopleCalls.NewEmail("mette"), grant);
        var token = people.AsPerson(person.Person.Id);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);

        Assert.Equal(code, (await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, token)).Code);
        await people.Client.ChangeGrantsAsync(new ChangeGrantsRequest { Person = person.Person.Id, Remove = { grant.ToString() } }, platform.AsAdmin());

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, token).ResponseAsync);
    }

    [Fact]
    public async Task A_person_s_token_gets_the_stored_grants_not_those_it_claims_while_a_service_token_keeps_its_own()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var person = await people.InviteAsync(PeopleCalls.NewEmail("ole"), RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var jobs = new JobService.JobServiceClient(platform.Channel);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            jobs.ListJobsAsync(new ListJobsRequest(), people.AsPerson(person.Person.Id, RoleGrant.Admin)).ResponseAsync);
        await jobs.ListJobsAsync(new ListJobsRequest(), people.WithToken("reporting-system", RoleGrant.Admin));
    }

    [Fact]
    public async Task A_removed_person_s_token_grants_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var person = await people.InviteAsync(PeopleCalls.NewEmail("karen"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var token = people.AsPerson(person.Person.Id, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, token);

        await people.Client.RemovePersonAsync(new RemovePersonRequest { Person = person.Person.Email }, platform.AsAdmin());

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, token).ResponseAsync);
    }
}
