using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Sdk.Data;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class ActorTenancyTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ActorService.ActorServiceClient Service => new(platform.Channel);

    [Fact]
    public async Task A_municipality_s_roles_alone_see_its_actors_and_partnership_staff_see_them_without_contact_persons()
    {
        var a = platform.MunicipalityCodes.Take();
        var b = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, a, b);
        var karen = new ContactPerson { Name = "Karen Jensen", Role = "Formand", Email = "karen@example.dk" };
        var actor = await ActorFactory.CreateAsync(platform, a, ActorFactory.Fields("Spejderne"), null, karen);
        var viewerOfA = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, a));
        var memberOfB = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, b));
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var seenByViewer = await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = a, Id = actor.Id }, viewerOfA);
        var seenByStaff = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = a }, staff);

        Assert.Equal("Karen Jensen", Assert.Single(seenByViewer.Contacts).Name);
        Assert.Empty(Assert.Single(seenByStaff.Actors).Contacts);
        Assert.Equal("Spejderne", seenByStaff.Actors[0].Fields.Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Service.GetActorAsync(new GetActorRequest { MunicipalityCode = a, Id = actor.Id }, memberOfB).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Service.CreateActorAsync(new CreateActorRequest { MunicipalityCode = a, Fields = ActorFactory.Fields("Sneaky") }, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            Service.GetActorAsync(new GetActorRequest { MunicipalityCode = b, Id = actor.Id }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task A_contact_person_is_exported_and_erased_through_the_platform_s_personal_data_service()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Dagplejen"), null,
            new ContactPerson { Name = "Ole Hansen", Email = "ole@example.dk" }, new ContactPerson { Name = "Mette", Email = "mette@example.dk" });
        var personalData = new PersonalDataService.PersonalDataServiceClient(platform.Channel);
        var ole = new PersonalDataRequest { MunicipalityCode = code, Email = "ole@example.dk" };

        var exported = await personalData.ExportPersonalDataAsync(ole, platform.AsAdmin());
        Assert.Contains(exported.Items, item => item.ModuleId == "actor-mapping" && item.Json.Contains("Ole Hansen"));
        var erased = await personalData.ErasePersonalDataAsync(ole, platform.AsAdmin());

        Assert.Equal(1, erased.Erased.Single(e => e.ModuleId == "actor-mapping").Records);
        var after = await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = actor.Id }, platform.AsAdmin());
        Assert.Equal(["Mette"], after.Contacts.Select(c => c.Name));
    }

    [Fact]
    public async Task An_erasure_is_previewed_and_done_by_the_exact_e_mail_address_so_a_namesake_keeps_their_contact()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var club = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Roklubben"), null,
            new ContactPerson { Name = "Ole Hansen", Email = "ole@example.dk" });
        var school = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Vestskolen"), null,
            new ContactPerson { Name = "Ole Hansen", Email = "ole.hansen@skole.example.dk" });
        var personalData = new PersonalDataService.PersonalDataServiceClient(platform.Channel);

        await RpcAssert.InvalidField("email", () =>
            personalData.ErasePersonalDataAsync(new PersonalDataRequest { MunicipalityCode = code, Name = "Ole Hansen" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("email", () =>
            personalData.PreviewErasureAsync(new PersonalDataRequest { MunicipalityCode = code, Name = "Ole Hansen" }, platform.AsAdmin()).ResponseAsync);
        var ole = new PersonalDataRequest { MunicipalityCode = code, Email = "Ole@Example.dk", Name = "Ole Hansen" };
        var preview = await personalData.PreviewErasureAsync(ole, platform.AsAdmin());
        var erased = await personalData.ErasePersonalDataAsync(ole, platform.AsAdmin());

        var listed = Assert.Single(preview.Items, item => item.ModuleId == "actor-mapping");
        Assert.Contains("ole@example.dk", listed.Json, StringComparison.Ordinal);
        Assert.Equal(1, erased.Erased.Single(e => e.ModuleId == "actor-mapping").Records);
        Assert.Empty((await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = club.Id }, platform.AsAdmin())).Contacts);
        var namesake = await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = school.Id }, platform.AsAdmin());
        Assert.Equal(["ole.hansen@skole.example.dk"], namesake.Contacts.Select(c => c.Email));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Actors_are_stored_and_filtered_alike_on_each_database(DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var code = own.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(own, code);
        await ActorFactory.CreateAsync(own, code, ActorFactory.Fields("Svømmeklubben", themes: ["physical-activity", "community"], ageGroups: ["3-5"]), null,
            new ContactPerson { Name = "Anne" });
        await ActorFactory.CreateAsync(own, code, ActorFactory.Fields("Tandplejen", Sector.Municipal, "health", themes: ["food-and-meals"]));

        var service = new ActorService.ActorServiceClient(own.Channel);
        var byTheme = await service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, Theme = "community" }, own.AsAdmin());
        var byText = await service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, Text = "tandpl" }, own.AsAdmin());

        var swimmers = Assert.Single(byTheme.Actors);
        Assert.Equal(("Svømmeklubben", "Anne"), (swimmers.Fields.Name, Assert.Single(swimmers.Contacts).Name));
        Assert.Equal(["3-5"], swimmers.Fields.AgeGroups);
        Assert.Equal("Tandplejen", Assert.Single(byText.Actors).Fields.Name);
    }
}
