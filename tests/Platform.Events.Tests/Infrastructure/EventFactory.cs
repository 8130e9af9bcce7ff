using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Testing;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>Events as the tests write them.</summary>
public static class EventFactory
{
    public static EventFields Fields(
        string title, DateTimeOffset? start = null, TimeSpan? length = null, int capacity = 0, EventType type = EventType.Workshop) => new()
    {
        Type = type,
        Title = title,
        Venue = "Biblioteket",
        Start = Timestamp.FromDateTimeOffset(start ?? DateTimeOffset.UtcNow.AddDays(7)),
        End = Timestamp.FromDateTimeOffset((start ?? DateTimeOffset.UtcNow.AddDays(7)) + (length ?? TimeSpan.FromHours(2))),
        Capacity = capacity,
        TargetGroups = { TargetGroup.ParentsAndFamilies },
    };

    public static Task<Event> CreateAsync(TestPlatform platform, string code, EventFields fields, CallOptions? as_ = null, string partnershipId = "") =>
        Client(platform).CreateEventAsync(
            new CreateEventRequest { MunicipalityCode = code, Fields = fields, PartnershipId = partnershipId }, as_ ?? platform.AsAdmin()).ResponseAsync;

    public static Task<Registration> RegisterAsync(TestPlatform platform, string code, Event @event, string name, TargetGroup group = TargetGroup.ParentsAndFamilies) =>
        Client(platform).RegisterAsync(new RegisterRequest
        {
            MunicipalityCode = code,
            EventId = @event.Id,
            Group = group,
            Participant = new Participant { Name = name, Email = $"{name.ToLowerInvariant().Replace(' ', '.')}@example.dk" },
        }, platform.AsAdmin()).ResponseAsync;

    public static EventService.EventServiceClient Client(TestPlatform platform) => new(platform.Channel);
}
