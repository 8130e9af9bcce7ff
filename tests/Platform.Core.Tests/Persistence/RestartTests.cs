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
        string withArea;
        string switchedOff;
        await using (var before = await TestPlatform.StartAsync(settings: database))
        {
            dataDirectory = before.DataDirectory;
            withArea = before.MunicipalityCodes.Take();
            switchedOff = before.MunicipalityCodes.Take();
            id = await Scenario.PartnershipWithMembersAsync(before, withArea, switchedOff);
            var municipalities = new MunicipalityService.MunicipalityServiceClient(before.Channel);
            await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = withArea, Name = "Vejleå" }, before.AsAdmin());
            await municipalities.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = switchedOff, ModuleId = "sample", Enabled = false }, before.AsAdmin());
            await new NoteService.NoteServiceClient(before.Channel).AddNoteAsync(
                new AddNoteRequest { MunicipalityCode = withArea, Text = "Skolen er med" }, before.AsAdmin());
        }

        await using var after = await TestPlatform.StartAsync(dataDirectory, settings: database);
        var partnership = await new PartnershipService.PartnershipServiceClient(after.Channel)
            .GetPartnershipAsync(new GetPartnershipRequest { Id = id }, after.AsAdmin());
        Assert.Equal([withArea, switchedOff], partnership.Members.Select(m => m.MunicipalityCode));
        var afterMunicipalities = new MunicipalityService.MunicipalityServiceClient(after.Channel);
        var withAreaAfter = await afterMunicipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = withArea }, after.AsAdmin());
        Assert.Equal(["Vejleå"], withAreaAfter.LocalAreas.Select(a => a.Name));
        var switchedOffAfter = await afterMunicipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = switchedOff }, after.AsAdmin());
        Assert.False(switchedOffAfter.Modules.Single(m => m.ModuleId == "sample").Enabled);
        var notes = await new NoteService.NoteServiceClient(after.Channel).ListNotesAsync(new ListNotesRequest { MunicipalityCode = withArea }, after.AsAdmin());
        Assert.Equal(["Skolen er med"], notes.Notes.Select(n => n.Text));
    }
}
