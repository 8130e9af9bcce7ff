using Platform.Contracts.Core.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Audit;

[Collection(EventsCollection.Name)]
public sealed class EventsAuditTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Issuing_and_rotating_a_calendar_feed_and_exporting_participants_each_write_exactly_one_entry_without_a_name()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop"));
        await EventFactory.RegisterAsync(platform, code, workshop, "Mette Hansen");
        var coordinatorGrant = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code);
        var coordinator = platform.As(coordinatorGrant);
        var service = EventFactory.Client(platform);
        var audit = new AuditService.AuditServiceClient(platform.Channel);
        var before = (await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = code }, platform.AsAdmin())).Entries.Count;

        await service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = code }, coordinator);
        await service.GetCalendarFeedAsync(new GetCalendarFeedRequest { MunicipalityCode = code, Rotate = true }, coordinator);
        await service.ListRegistrationsAsync(new ListRegistrationsRequest { MunicipalityCode = code, EventId = workshop.Id }, coordinator);

        var entries = (await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = code }, coordinator)).Entries;
        Assert.Equal(
            [
                ("events.participants-exported", workshop.Id, "1 registrations"),
                ("events.calendar-feed-issued", $"municipality:{code}", "rotated"),
                ("events.calendar-feed-issued", $"municipality:{code}", "issued"),
            ],
            entries.Take(entries.Count - before).Select(entry => (entry.Action, entry.Target, entry.Detail)));
        Assert.All(entries, entry => Assert.DoesNotContain("Mette", entry.ToString(), StringComparison.Ordinal));
        Assert.All(entries.Take(3), entry => Assert.Equal(("test-" + coordinatorGrant, AuditActorKind.Service), (entry.ActorSubject, entry.ActorKind)));
    }
}
