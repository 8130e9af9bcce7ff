using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Actors;

[Collection(PlatformCollection.Name)]
public sealed class ActorCatalogueTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ActorService.ActorServiceClient Service => new(platform.Channel);

    [Fact]
    public async Task Actors_are_listed_by_sector_category_arena_theme_age_group_area_and_text()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var nord = await LocalAreas.AddAsync(platform, code, "Nord");
        var syd = await LocalAreas.AddAsync(platform, code, "Syd");
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Ishøj Idrætsforening", themes: ["physical-activity"], arenas: ["sports hall"], ageGroups: ["6-10", "11-15"], localAreaId: nord));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Vejleå Skole", Sector.Municipal, "school", themes: ["food-and-meals"], arenas: ["school"], localAreaId: nord));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Netto Strandcentret", Sector.Private, "shop", themes: ["food-and-meals"], arenas: ["shop"], ageGroups: ["16-18+"], localAreaId: syd));

        async Task<string[]> Names(ListActorsRequest request)
        {
            request.MunicipalityCode = code;
            var response = await Service.ListActorsAsync(request, platform.AsAdmin());
            return [.. response.Actors.Select(a => a.Fields.Name)];
        }

        Assert.Equal(["Ishøj Idrætsforening", "Netto Strandcentret", "Vejleå Skole"], await Names(new ListActorsRequest()));
        Assert.Equal(["Vejleå Skole"], await Names(new ListActorsRequest { Sector = Sector.Municipal }));
        Assert.Equal(["Netto Strandcentret"], await Names(new ListActorsRequest { Category = "shop" }));
        Assert.Equal(["Ishøj Idrætsforening"], await Names(new ListActorsRequest { Arena = "sports hall" }));
        Assert.Equal(["Netto Strandcentret", "Vejleå Skole"], await Names(new ListActorsRequest { Theme = "food-and-meals" }));
        Assert.Equal(["Ishøj Idrætsforening"], await Names(new ListActorsRequest { AgeGroup = "11-15" }));
        Assert.Equal(["Ishøj Idrætsforening", "Vejleå Skole"], await Names(new ListActorsRequest { LocalAreaId = nord }));
        Assert.Equal(["Vejleå Skole"], await Names(new ListActorsRequest { Text = "SKOLE" }));
        Assert.Empty(await Names(new ListActorsRequest { Stage = MobilisationStage.Engaged }));
    }

    [Fact]
    public async Task Listing_pages_through_every_actor_once()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        for (var i = 0; i < 7; i++)
        {
            await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields($"Forening {i}"));
        }

        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, PageSize = 3, PageToken = token }, platform.AsAdmin());
            Assert.Equal(7, page.TotalCount);
            seen.AddRange(page.Actors.Select(a => a.Fields.Name));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Forening {i}"), seen);
        await RpcAssert.InvalidField("page_token", () =>
            Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, PageToken = "x" }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task Bad_input_names_every_invalid_field_and_stores_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var request = new CreateActorRequest
        {
            MunicipalityCode = code,
            Fields = new ActorFields { Name = "", AgeGroups = { "4-7" }, Influence = 9 },
            Contacts = { new ContactPerson { Name = "Karen", Email = "not-an-address" } },
        };

        var exception = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Service.CreateActorAsync(request, platform.AsAdmin()).ResponseAsync);

        foreach (var field in new[] { "fields.name", "fields.sector", "fields.category", "fields.age_groups", "fields.influence", "contacts[0].email" })
        {
            Assert.Contains(field, exception.Status.Detail);
        }

        var listed = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Equal(0, listed.TotalCount);
        await RpcAssert.InvalidField("id", () => Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = "42" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = Guid.NewGuid().ToString() }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task A_stale_update_is_aborted_and_of_two_concurrent_edits_exactly_one_wins()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Bibliotek"));

        var outcomes = await Task.WhenAll(new[] { "Brøndby Bibliotek", "Brøndby Hovedbibliotek" }.Select(async name =>
        {
            try
            {
                await Service.UpdateActorAsync(new UpdateActorRequest
                {
                    MunicipalityCode = code, Id = actor.Id, ExpectedVersion = actor.Version, Fields = ActorFactory.Fields(name),
                }, platform.AsAdmin());
                return StatusCode.OK;
            }
            catch (RpcException exception)
            {
                return exception.StatusCode;
            }
        }));

        Assert.Single(outcomes, status => status == StatusCode.OK);
        Assert.Single(outcomes, status => status == StatusCode.Aborted);
        var stored = await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = actor.Id }, platform.AsAdmin());
        Assert.Equal(actor.Version + 1, stored.Version);
        await RpcAssert.InvalidField("expected_version", () => Service.UpdateActorAsync(new UpdateActorRequest
        {
            MunicipalityCode = code, Id = actor.Id, Fields = ActorFactory.Fields("X"),
        }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task Contact_persons_are_added_changed_and_removed_in_one_update_an_update_without_them_keeps_them_and_removing_all_is_asked_for()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Ishøj Svømmeklub"), null,
            new ContactPerson { Name = "Anne Holm", Role = "Formand", Email = "anne@example.dk" },
            new ContactPerson { Name = "Bo Lund", Role = "Kasserer" });
        var read = await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = actor.Id }, platform.AsAdmin());

        var updated = await Service.UpdateActorAsync(new UpdateActorRequest
        {
            MunicipalityCode = code, Id = read.Id, ExpectedVersion = read.Version, Fields = read.Fields,
            Contacts =
            {
                new ContactPerson { Name = "Anne Holm", Role = "Næstformand", Email = "anne@example.dk" },
                new ContactPerson { Name = "Cem Yilmaz", Role = "Træner", Phone = "12345678" },
            },
        }, platform.AsAdmin());

        var stored = await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = actor.Id }, platform.AsAdmin());
        Assert.Equal(read.Version + 1, updated.Version);
        Assert.Equal([("Anne Holm", "Næstformand"), ("Cem Yilmaz", "Træner")], stored.Contacts.Select(c => (c.Name, c.Role)));

        // A client that sends no contact persons loses none; removing them all is asked for in words.
        var renamed = await Service.UpdateActorAsync(new UpdateActorRequest
        {
            MunicipalityCode = code, Id = actor.Id, ExpectedVersion = updated.Version, Fields = ActorFactory.Fields("Ishøj Svømmeklub af 1970"),
        }, platform.AsAdmin());
        Assert.Equal(["Anne Holm", "Cem Yilmaz"], (await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = actor.Id }, platform.AsAdmin())).Contacts.Select(c => c.Name));
        await RpcAssert.InvalidField("remove_all_contacts", () => Service.UpdateActorAsync(new UpdateActorRequest
        {
            MunicipalityCode = code, Id = actor.Id, ExpectedVersion = renamed.Version, Fields = renamed.Fields, RemoveAllContacts = true,
            Contacts = { new ContactPerson { Name = "Dorte Kjær" } },
        }, platform.AsAdmin()).ResponseAsync);
        await Service.UpdateActorAsync(new UpdateActorRequest
        {
            MunicipalityCode = code, Id = actor.Id, ExpectedVersion = renamed.Version, Fields = renamed.Fields, RemoveAllContacts = true,
        }, platform.AsAdmin());
        Assert.Empty((await Service.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = actor.Id }, platform.AsAdmin())).Contacts);
    }

    [Fact]
    public async Task An_archived_actor_is_left_out_of_lists_unless_asked_for()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Lukket klub"));

        await Service.ArchiveActorAsync(new ArchiveActorRequest { MunicipalityCode = code, Id = actor.Id, Archived = true, ExpectedVersion = actor.Version }, platform.AsAdmin());

        Assert.Equal(0, (await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin())).TotalCount);
        var all = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, IncludeArchived = true }, platform.AsAdmin());
        Assert.True(Assert.Single(all.Actors).Archived);
    }
}
