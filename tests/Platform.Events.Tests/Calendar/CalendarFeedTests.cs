using System.Net;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Calendar;

[Collection(EventsCollection.Name)]
public sealed class CalendarFeedTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private EventService.EventServiceClient Service => EventFactory.Client(platform);

    [Fact]
    public async Task A_municipality_s_feed_is_read_without_a_bearer_token_and_parses_with_the_right_times_across_a_daylight_saving_change()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        // Daylight saving time ends in Denmark on 25 October 2026: 10:00 is 08:00 UTC the day before and 09:00 UTC the day after.
        await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Før skiftet", new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero)));
        await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Efter skiftet", new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero)));
        var viewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var feed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = code }, viewer);

        using var http = new HttpClient { BaseAddress = platform.WebAddress };
        using var response = await http.GetAsync(feed.Path);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(["Før skiftet", "Efter skiftet"], events.Select(e => e.Summary));
        Assert.All(events, e => Assert.Equal(("Europe/Copenhagen", 10, 0), (e.DtStart!.TzId, e.DtStart.Value.Hour, e.DtStart.Value.Minute)));
        Assert.Equal(new DateTime(2026, 10, 24, 8, 0, 0, DateTimeKind.Utc), events[0].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 26, 9, 0, 0, DateTimeKind.Utc), events[1].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 26, 11, 0, 0, DateTimeKind.Utc), events[1].DtEnd!.AsUtc);
        Assert.Contains(calendar.TimeZones, zone => zone.TzId == "Europe/Copenhagen");
    }

    [Fact]
    public async Task A_wrong_or_rotated_token_gets_nothing_a_malformed_code_is_a_bad_request_and_the_partnership_feed_holds_every_member_s_events()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        await EventFactory.CreateAsync(platform, first, EventFactory.Fields($"Workshop i {first}"));
        await EventFactory.CreateAsync(platform, second, EventFactory.Fields("Temadag", type: EventType.ThemeDay), partnershipId: partnership);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var feed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { PartnershipId = partnership }, staff);
        var municipalFeed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = first }, platform.AsAdmin());
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var partnershipEvents = Ical.Net.Calendar.Load(await http.GetStringAsync(feed.Path))!.Events.Select(e => e.Summary).Order();
        var municipalEvents = Ical.Net.Calendar.Load(await http.GetStringAsync(municipalFeed.Path))!.Events.Select(e => e.Summary).Order();
        var rotated = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { PartnershipId = partnership, Rotate = true }, staff);

        Assert.Equal(["Temadag", $"Workshop i {first}"], partnershipEvents);
        Assert.Equal(["Temadag", $"Workshop i {first}"], municipalEvents);
        Assert.NotEqual(feed.Path, rotated.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(feed.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(feed.Path.Split('?')[0] + "?token=guess")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(feed.Path.Split('?')[0])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/events/calendar/municipality/12x4.ics?token=guess")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(rotated.Path)).StatusCode);
    }

    [Fact]
    public async Task A_municipality_that_switched_events_off_serves_no_feed_and_its_events_leave_the_partnership_feed()
    {
        var switching = platform.MunicipalityCodes.Take();
        var staying = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, switching, staying);
        await EventFactory.CreateAsync(platform, switching, EventFactory.Fields($"Dialogmøde i {switching}"));
        await EventFactory.CreateAsync(platform, staying, EventFactory.Fields($"Workshop i {staying}"));
        var municipalFeed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = switching }, platform.AsAdmin());
        var partnershipFeed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { PartnershipId = partnership }, platform.AsAdmin());
        var switches = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        await switches.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = switching, ModuleId = "events", Enabled = false }, platform.AsAdmin());
        using var switchedOff = await http.GetAsync(municipalFeed.Path);
        var partnershipEvents = Ical.Net.Calendar.Load(await http.GetStringAsync(partnershipFeed.Path))!.Events.Select(e => e.Summary);
        using var wrongToken = await http.GetAsync(municipalFeed.Path.Split('?')[0] + "?token=guess");
        await switches.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = switching, ModuleId = "events", Enabled = true }, platform.AsAdmin());
        using var switchedOn = await http.GetAsync(municipalFeed.Path);

        Assert.Equal(HttpStatusCode.Forbidden, switchedOff.StatusCode);
        Assert.Contains("switched events off", await switchedOff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([$"Workshop i {staying}"], partnershipEvents);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, switchedOn.StatusCode);
        Assert.Equal([$"Dialogmøde i {switching}"], Ical.Net.Calendar.Load(await switchedOn.Content.ReadAsStringAsync())!.Events.Select(e => e.Summary));
    }
}
