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
        await Scenario.PartnershipWithMembersAsync(platform, "0187");
        // Daylight saving time ends in Denmark on 25 October 2026: 10:00 is 08:00 UTC the day before and 09:00 UTC the day after.
        await EventFactory.CreateAsync(platform, "0187", EventFactory.Fields("Før skiftet", new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero)));
        await EventFactory.CreateAsync(platform, "0187", EventFactory.Fields("Efter skiftet", new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero)));
        var viewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, "0187"));
        var feed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = "0187" }, viewer);

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
    public async Task A_wrong_or_rotated_token_gets_nothing_and_the_partnership_feed_holds_every_member_s_events()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0190", "0201");
        await EventFactory.CreateAsync(platform, "0190", EventFactory.Fields("Workshop i 0190"));
        await EventFactory.CreateAsync(platform, "0201", EventFactory.Fields("Temadag", type: EventType.ThemeDay), partnershipId: partnership);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var feed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { PartnershipId = partnership }, staff);
        var municipalFeed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = "0190" }, platform.AsAdmin());
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var partnershipEvents = Ical.Net.Calendar.Load(await http.GetStringAsync(feed.Path))!.Events.Select(e => e.Summary).Order();
        var municipalEvents = Ical.Net.Calendar.Load(await http.GetStringAsync(municipalFeed.Path))!.Events.Select(e => e.Summary).Order();
        var rotated = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { PartnershipId = partnership, Rotate = true }, staff);

        Assert.Equal(["Temadag", "Workshop i 0190"], partnershipEvents);
        Assert.Equal(["Temadag", "Workshop i 0190"], municipalEvents);
        Assert.NotEqual(feed.Path, rotated.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(feed.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(feed.Path.Split('?')[0] + "?token=guess")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(feed.Path.Split('?')[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(rotated.Path)).StatusCode);
    }

    [Fact]
    public async Task A_municipality_that_switched_events_off_serves_no_feed_and_its_events_leave_the_partnership_feed()
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, "0269", "0270");
        await EventFactory.CreateAsync(platform, "0269", EventFactory.Fields("Dialogmøde i 0269"));
        await EventFactory.CreateAsync(platform, "0270", EventFactory.Fields("Workshop i 0270"));
        var municipalFeed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = "0269" }, platform.AsAdmin());
        var partnershipFeed = await Service.GetCalendarFeedAsync(new GetCalendarFeedRequest { PartnershipId = partnership }, platform.AsAdmin());
        var switches = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        await switches.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = "0269", ModuleId = "events", Enabled = false }, platform.AsAdmin());
        using var switchedOff = await http.GetAsync(municipalFeed.Path);
        var partnershipEvents = Ical.Net.Calendar.Load(await http.GetStringAsync(partnershipFeed.Path))!.Events.Select(e => e.Summary);
        using var wrongToken = await http.GetAsync(municipalFeed.Path.Split('?')[0] + "?token=guess");
        await switches.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = "0269", ModuleId = "events", Enabled = true }, platform.AsAdmin());
        using var switchedOn = await http.GetAsync(municipalFeed.Path);

        Assert.Equal(HttpStatusCode.Forbidden, switchedOff.StatusCode);
        Assert.Contains("switched events off", await switchedOff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Workshop i 0270"], partnershipEvents);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, switchedOn.StatusCode);
        Assert.Equal(["Dialogmøde i 0269"], Ical.Net.Calendar.Load(await switchedOn.Content.ReadAsStringAsync())!.Events.Select(e => e.Summary));
    }
}
