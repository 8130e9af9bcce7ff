using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping;

/// <summary>Another municipality's board, initiatives, coverage and network are refused, by address and by a crafted post.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class MappingPagesRefusalTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_person_of_one_municipality_cannot_open_another_municipalitys_mapping_pages_and_sees_none_of_its_actors()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var data = await MappingPagesData.StartAsync(platform, other, own);
        var actor = await data.AddActorAsync("Fortrolig Forening", Sector.CivilSociety, ["home"], ["sleep"]);
        var initiative = await data.AddInitiativeAsync("Fortroligt Tiltag", actor.Id, ["home"], ["sleep"]);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));

        foreach (var path in new[] { "board", "initiatives", "initiatives/new", "initiatives/" + initiative.Id, "coverage", "network" })
        {
            var page = await browser.OpenAccessibleAsync(data.Page(path), 390, "da", session);
            Assert.Equal(403, (await page.ReloadAsync())!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har ikke adgang");
            var content = await page.ContentAsync();
            Assert.DoesNotContain("Fortrolig Forening", content, StringComparison.Ordinal);
            Assert.DoesNotContain("Fortroligt Tiltag", content, StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }

        // A move crafted on the person's own board, sent to the other municipality's board.
        var ownBoard = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/m/actor-mapping/{own}/board"), 390, "da", session);
        var answer = await ownBoard.PostAsync("move-" + actor.Id, new Dictionary<string, string>
        {
            ["Move.ActorId"] = actor.Id,
            ["Move.Version"] = "1",
            ["Move.Stage"] = nameof(MobilisationStage.Contacted),
        }, data.Page("board").AbsolutePath);

        Assert.Equal(403, answer.Status);
        Assert.Equal(MobilisationStage.Identified, (await data.GetActorAsync(actor.Id)).Stage);
        await ownBoard.Context.CloseAsync();
    }
}
