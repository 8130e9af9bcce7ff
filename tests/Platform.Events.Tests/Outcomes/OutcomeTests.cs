using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Outcomes;

[Collection(EventsCollection.Name)]
public sealed class OutcomeTests(EventsPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private EventService.EventServiceClient Service => EventFactory.Client(platform);

    [Fact]
    public async Task Concerns_ideas_and_stated_roles_are_searchable_by_words_theme_group_and_kind()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Samskabelse", type: EventType.CoCreationSession));
        var scouts = Guid.NewGuid().ToString();
        Task<Outcome> Add(OutcomeKind kind, string text, TargetGroup group, string actorId = "", params string[] themes) =>
            Service.AddOutcomeAsync(new AddOutcomeRequest
            {
                MunicipalityCode = code, EventId = session.Id, Kind = kind, Text = text, Group = group, ActorId = actorId, Themes = { themes },
            }, platform.AsAdmin()).ResponseAsync;

        await Add(OutcomeKind.Concern, "Børn sover for lidt på grund af skærme", TargetGroup.ParentsAndFamilies, "", "sleep", "Screen-Habits");
        await Add(OutcomeKind.Idea, "Fælles gåtur efter skole", TargetGroup.Children, "", "physical-activity");
        await Add(OutcomeKind.Role, "Vi kan åbne hallen om aftenen", TargetGroup.CivilSociety, scouts, "physical-activity");
        await Add(OutcomeKind.Note, "Godt fremmøde", TargetGroup.Unspecified);

        async Task<IEnumerable<string>> Search(SearchOutcomesRequest request)
        {
            request.MunicipalityCode = code;
            return (await Service.SearchOutcomesAsync(request, platform.AsAdmin())).Outcomes.Select(o => o.Text);
        }

        Assert.Equal(["Børn sover for lidt på grund af skærme"], await Search(new SearchOutcomesRequest { Text = "SKÆRME sover" }));
        Assert.Equal(["Børn sover for lidt på grund af skærme"], await Search(new SearchOutcomesRequest { Theme = "screen-habits" }));
        Assert.Equal(["Fælles gåtur efter skole", "Vi kan åbne hallen om aftenen"], await Search(new SearchOutcomesRequest { Theme = "physical-activity" }));
        Assert.Equal(["Vi kan åbne hallen om aftenen"], await Search(new SearchOutcomesRequest { Kind = OutcomeKind.Role }));
        Assert.Equal(["Fælles gåtur efter skole"], await Search(new SearchOutcomesRequest { Group = TargetGroup.Children }));
        var role = (await Service.SearchOutcomesAsync(new SearchOutcomesRequest { MunicipalityCode = code, Kind = OutcomeKind.Role }, platform.AsAdmin())).Outcomes.Single();
        Assert.Equal(scouts, role.ActorId);
    }

    [Fact]
    public async Task A_role_needs_the_actor_stating_it_and_partnership_staff_search_outcomes_across_members()
    {
        var a = platform.MunicipalityCodes.Take();
        var b = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, a, b);
        var first = await EventFactory.CreateAsync(platform, a, EventFactory.Fields($"Dialog i {a}", type: EventType.DialogueMeeting));
        var second = await EventFactory.CreateAsync(platform, b, EventFactory.Fields($"Dialog i {b}", type: EventType.DialogueMeeting));
        foreach (var (code, @event) in new[] { (a, first), (b, second) })
        {
            await Service.AddOutcomeAsync(new AddOutcomeRequest
            {
                MunicipalityCode = code, EventId = @event.Id, Kind = OutcomeKind.Concern, Text = $"Mad og måltider i {code}", Themes = { "food-and-meals" },
            }, platform.AsAdmin());
        }

        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var found = await Service.SearchOutcomesAsync(new SearchOutcomesRequest { PartnershipId = partnership, Theme = "food-and-meals" }, staff);

        Assert.Equal(new[] { a, b }.Order(), found.Outcomes.Select(o => o.MunicipalityCode).Order());
        await RpcAssert.InvalidField("actor_id", () => Service.AddOutcomeAsync(new AddOutcomeRequest
        {
            MunicipalityCode = a, EventId = first.Id, Kind = OutcomeKind.Role, Text = "Vi vil hjælpe",
        }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("text", () => Service.AddOutcomeAsync(new AddOutcomeRequest
        {
            MunicipalityCode = a, EventId = first.Id, Kind = OutcomeKind.Idea, Text = " ",
        }, platform.AsAdmin()).ResponseAsync);
    }
}
