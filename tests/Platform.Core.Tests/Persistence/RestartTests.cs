using Platform.Contracts.Core.V1;
using Platform.Testing;
using Platform.SampleModule.V1;
using Platform.Sdk.Data;

namespace Platform.Core.Tests.Persistence;

public sealed class RestartTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Partnerships_members_settings_switches_and_module_data_survive_a_restart_of_the_host(DatabaseProvider provider)
    {
        var database = await TestDatabases.NewDatabaseAsync(provider);
        string dataDirectory;
        string id;
        await using (var before = await TestPlatform.StartAsync(settings: database))
        {
            dataDirectory = before.DataDirectory;
            id = await Scenario.PartnershipWithMembersAsync(before, "0183", "0430");
            var municipalities = new MunicipalityService.MunicipalityServiceClient(before.Channel);
            await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = "0183", Name = "Vejleå" }, before.AsAdmin());
            await municipalities.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = "0430", ModuleId = "sample", Enabled = false }, before.AsAdmin());
            await new NoteService.NoteServiceClient(before.Channel).AddNoteAsync(
                new AddNoteRequest { MunicipalityCode = "0183", Text = "Skolen er med" }, before.AsAdmin());
        }

        await using var after = await TestPlatform.StartAsync(dataDirectory, settings: database);
        var partnership = await new PartnershipService.PartnershipServiceClient(after.Channel)
            .GetPartnershipAsync(new GetPartnershipRequest { Id = id }, after.AsAdmin());
        Assert.Equal(["0183", "0430"], partnership.Members.Select(m => m.MunicipalityCode));
        var afterMunicipalities = new MunicipalityService.MunicipalityServiceClient(after.Channel);
        var ishoej = await afterMunicipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0183" }, after.AsAdmin());
        Assert.Equal(["Vejleå"], ishoej.LocalAreas.Select(a => a.Name));
        var faaborg = await afterMunicipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0430" }, after.AsAdmin());
        Assert.False(faaborg.Modules.Single(m => m.ModuleId == "sample").Enabled);
        var notes = await new NoteService.NoteServiceClient(after.Channel).ListNotesAsync(new ListNotesRequest { MunicipalityCode = "0183" }, after.AsAdmin());
        Assert.Equal(["Skolen er med"], notes.Notes.Select(n => n.Text));
    }
}
