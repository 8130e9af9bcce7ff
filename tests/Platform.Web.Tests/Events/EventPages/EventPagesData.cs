using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.EventPages;

/// <summary>A municipality's events as the events pages' tests set them up, over gRPC as an administrator.</summary>
internal sealed class EventPagesData(TestPlatform platform, string code, string partnershipId)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public string Code => code;

    public string PartnershipId => partnershipId;

    public EventService.EventServiceClient Events { get; } = new(platform.Channel);

    /// <summary>A new partnership with the municipalities as members; the first one's events to set up.</summary>
    public static async Task<EventPagesData> StartAsync(TestPlatform platform, params string[] codes)
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, codes);
        return new EventPagesData(platform, codes[0], partnership);
    }

    /// <summary>The session cookie of a newly invited person with the role in this municipality.</summary>
    public Task<Microsoft.Playwright.Cookie> SessionAsync(PlatformRole role) =>
        SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(role, code));

    public Uri Page(string path) => new(platform.WebAddress, $"/m/events/{code}/{path}");

    /// <summary>A day some weeks ahead, in the middle of a month, so its month's calendar shows it whatever today is.</summary>
    public static DateOnly DayAhead(int months = 1)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Copenhagen).DateTime);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
        return month.AddDays(9);
    }

    /// <summary>An instant from Copenhagen wall-clock time.</summary>
    public static Timestamp At(DateOnly day, int hour, int minute = 0) =>
        Timestamp.FromDateTime(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified), Copenhagen));

    public async Task<Event> CreateAsync(string title, DateOnly day, int fromHour = 16, int toHour = 18, string partnership = "", string holder = "", int capacity = 30) =>
        await Events.CreateEventAsync(new CreateEventRequest
        {
            MunicipalityCode = holder.Length == 0 ? code : holder,
            PartnershipId = partnership,
            Fields = new EventFields
            {
                Type = EventType.DialogueMeeting,
                Title = title,
                Description = "Vi taler om børns trivsel i lokalområdet.",
                Venue = "Medborgerhuset, Torvet 1",
                Start = At(day, fromHour),
                End = At(day, toHour),
                Capacity = capacity,
                TargetGroups = { TargetGroup.ParentsAndFamilies, TargetGroup.Children },
                Agenda =
                {
                    new AgendaItem { Time = "16.00", Title = "Velkomst" },
                    new AgendaItem { Time = "16.15", Title = "Dialog i grupper", Description = "Hvad bekymrer jer?" },
                },
            },
        }, platform.AsAdmin());

    public async Task<IReadOnlyList<Event>> AllAsync() =>
        (await Events.ListEventsAsync(new ListEventsRequest { MunicipalityCode = code }, platform.AsAdmin())).Events;
}
