using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.Identity;
using Platform.SampleModule.V1;

namespace Platform.Core.Tests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class PersonalDataTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_exports_previews_the_erasure_by_exact_e_mail_then_erases_one_person_s_data_across_modules()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var notes = new NoteService.NoteServiceClient(platform.Channel);
        await notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = code, Text = "Mødested", AuthorEmail = "karen@example.dk" }, platform.AsAdmin());
        await notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = code, Text = "Andet", AuthorEmail = "ole@example.dk" }, platform.AsAdmin());
        var personalData = new PersonalDataService.PersonalDataServiceClient(platform.Channel);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var karen = new PersonalDataRequest { MunicipalityCode = code, Email = "karen@example.dk" };

        var exported = await personalData.ExportPersonalDataAsync(karen, coordinator);
        var item = Assert.Single(exported.Items);
        Assert.Equal("sample", item.ModuleId);
        Assert.Contains("Mødested", item.Json);

        var preview = await personalData.PreviewErasureAsync(new PersonalDataRequest { MunicipalityCode = code, Email = "Karen@Example.dk" }, coordinator);
        Assert.Contains("Mødested", Assert.Single(preview.Items).Json, StringComparison.Ordinal);
        await RpcAssert.InvalidField("email", () => personalData.ErasePersonalDataAsync(new PersonalDataRequest { MunicipalityCode = code, Name = "Karen" }, coordinator).ResponseAsync);
        var erased = await personalData.ErasePersonalDataAsync(karen, coordinator);
        Assert.Equal(1, erased.Erased.Single(e => e.ModuleId == "sample").Records);
        Assert.Empty((await personalData.ExportPersonalDataAsync(karen, coordinator)).Items);
        var remaining = await notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, coordinator);
        Assert.Equal(["", "ole@example.dk"], remaining.Notes.Select(n => n.AuthorEmail).Order());
    }

    [Fact]
    public async Task Partnership_staff_may_not_export_personal_data()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => new PersonalDataService.PersonalDataServiceClient(platform.Channel)
            .ExportPersonalDataAsync(new PersonalDataRequest { MunicipalityCode = code, Email = "a@b.dk" }, staff).ResponseAsync);
    }
}
