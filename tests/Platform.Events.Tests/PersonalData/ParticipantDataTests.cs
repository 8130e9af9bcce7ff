using Platform.Contracts.Core.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.PersonalData;

[Collection(EventsCollection.Name)]
public sealed class ParticipantDataTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_participant_is_exported_and_erased_per_person_and_the_event_s_counts_stay()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var day = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Familiedag", capacity: 10));
        var karen = await EventFactory.RegisterAsync(platform, code, day, "Karen Holm");
        await EventFactory.RegisterAsync(platform, code, day, "Lars");
        await EventFactory.Client(platform).CheckInAsync(
            new CheckInRequest { MunicipalityCode = code, EventId = day.Id, RegistrationId = karen.Id, Attended = 1 }, platform.AsAdmin());
        var personalData = new PersonalDataService.PersonalDataServiceClient(platform.Channel);
        var request = new PersonalDataRequest { MunicipalityCode = code, Email = "karen.holm@example.dk" };

        var exported = await personalData.ExportPersonalDataAsync(request, platform.AsAdmin());
        var erased = await personalData.ErasePersonalDataAsync(request, platform.AsAdmin());

        Assert.Contains(exported.Items, item => item.ModuleId == "events" && item.Json.Contains("Karen Holm", StringComparison.Ordinal) && item.Json.Contains("Familiedag", StringComparison.Ordinal));
        Assert.Equal(1, erased.Erased.Single(e => e.ModuleId == "events").Records);
        var list = (await EventFactory.Client(platform).ListRegistrationsAsync(
            new ListRegistrationsRequest { MunicipalityCode = code, EventId = day.Id }, platform.AsAdmin())).Registrations;
        Assert.Equal(["Lars"], list.Where(r => r.Participant is not null).Select(r => r.Participant.Name));
        var anonymous = list.Single(r => r.Anonymised);
        Assert.Equal((RegistrationStatus.Registered, 1), (anonymous.Status, anonymous.Attended));
        var attendance = await EventFactory.Client(platform).GetAttendanceAsync(new GetAttendanceRequest { MunicipalityCode = code, EventId = day.Id }, platform.AsAdmin());
        Assert.Equal((2, 1), (attendance.Registered, attendance.Attended));
        Assert.DoesNotContain((await personalData.ExportPersonalDataAsync(request, platform.AsAdmin())).Items, i => i.ModuleId == "events");
    }

    [Fact]
    public async Task Erasing_a_person_who_signed_up_on_the_public_page_also_ends_their_cancel_link()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var walk = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Gåtur i skoven", capacity: 10));
        var address = $"nanna.{code}@example.dk";
        var link = SignUps.CancelLink(await SignUps.SignUpAsync(platform, shared.Mail, code, walk, "Nanna Friis", address));
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(link)).StatusCode);

        await new PersonalDataService.PersonalDataServiceClient(platform.Channel).ErasePersonalDataAsync(
            new PersonalDataRequest { MunicipalityCode = code, Email = address }, platform.AsAdmin());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(link)).StatusCode);
    }
}
