using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.Door;

/// <summary>A municipality's events and registrations as the door and outcome pages' tests set them up, over gRPC as an administrator.</summary>
internal sealed class DoorPagesData(TestPlatform platform, string code)
{
    public string Code => code;

    public EventService.EventServiceClient Events { get; } = new(platform.Channel);

    /// <summary>A new partnership with the municipalities as members, the first one's events to set up.</summary>
    public static async Task<DoorPagesData> StartAsync(TestPlatform platform, params string[] codes)
    {
        await Scenario.PartnershipWithMembersAsync(platform, codes);
        return new DoorPagesData(platform, codes[0]);
    }

    /// <summary>The session cookie of a newly invited person with the role in this municipality.</summary>
    public Task<Microsoft.Playwright.Cookie> SessionAsync(PlatformRole role) => SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(role, code));

    /// <summary>A page of the event: "registrations", "check-in" or "outcomes".</summary>
    public Uri Page(Event @event, string page) => new(platform.WebAddress, $"/m/events/{code}/events/{@event.Id}/{page}");

    public Uri OutcomeSearch(string query = "") => new(platform.WebAddress, $"/m/events/{code}/outcomes{query}");

    /// <summary>A workshop a week ahead at 16:00 Copenhagen time, for parents and children.</summary>
    public async Task<Event> CreateEventAsync(string title, int capacity = 0)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen").GetUtcOffset(day.ToDateTime(new TimeOnly(16, 0))));
        return await Events.CreateEventAsync(new CreateEventRequest
        {
            MunicipalityCode = code,
            Fields = new EventFields
            {
                Type = EventType.Workshop,
                Title = title,
                Venue = "Biblioteket",
                Start = Timestamp.FromDateTimeOffset(start),
                End = Timestamp.FromDateTimeOffset(start.AddHours(2)),
                Capacity = capacity,
                TargetGroups = { TargetGroup.Children, TargetGroup.ParentsAndFamilies, TargetGroup.Professionals },
            },
        }, platform.AsAdmin());
    }

    public async Task<Registration> RegisterAsync(Event @event, string name, TargetGroup group = TargetGroup.ParentsAndFamilies) =>
        await Events.RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = code,
            EventId = @event.Id,
            Group = group,
            Participant = new Participant { Name = name, Email = $"{name.ToLowerInvariant().Replace(' ', '.')}@example.dk" },
        }, platform.AsAdmin());

    public async Task<Registration> HeadCountAsync(Event @event, TargetGroup group, int count) =>
        await Events.RegisterAsync(new RegisterRequest { MunicipalityCode = code, EventId = @event.Id, Group = group, HeadCount = count }, platform.AsAdmin());

    public async Task<IReadOnlyList<Registration>> RegistrationsAsync(Event @event) =>
        (await Events.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = code, EventId = @event.Id }, platform.AsAdmin())).Registrations;

    public async Task<Registration> RegistrationAsync(Event @event, string id) => (await RegistrationsAsync(@event)).Single(r => r.Id == id);

    public async Task<Attendance> AttendanceAsync(Event @event) =>
        await Events.GetAttendanceAsync(new GetAttendanceRequest { MunicipalityCode = code, EventId = @event.Id }, platform.AsAdmin());

    public async Task<Outcome> AddOutcomeAsync(Event @event, OutcomeKind kind, string text, params string[] themes) =>
        await Events.AddOutcomeAsync(new AddOutcomeRequest { MunicipalityCode = code, EventId = @event.Id, Kind = kind, Text = text, Themes = { themes } }, platform.AsAdmin());

    public async Task<IReadOnlyList<Outcome>> OutcomesAsync(Event @event) =>
        (await Events.SearchOutcomesAsync(new SearchOutcomesRequest { MunicipalityCode = code, EventId = @event.Id }, platform.AsAdmin())).Outcomes;
}
