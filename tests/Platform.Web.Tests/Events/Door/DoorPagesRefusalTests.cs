using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.Door;

/// <summary>Another municipality's door and outcome pages are refused, by address and by a crafted post.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class DoorPagesRefusalTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_person_of_one_municipality_cannot_open_another_municipalitys_registrations_check_in_or_outcomes_and_sees_none_of_its_people()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var theirs = await DoorPagesData.StartAsync(platform, other, own);
        var ours = new DoorPagesData(platform, own);
        var workshop = await theirs.CreateEventAsync("Fortroligt værksted");
        var anna = await theirs.RegisterAsync(workshop, "Anna Fortrolig");
        await theirs.AddOutcomeAsync(workshop, OutcomeKind.Concern, "Fortrolig bekymring");
        var session = await ours.SessionAsync(PlatformRole.MunicipalityCoordinator);

        foreach (var address in new[] { theirs.Page(workshop, "registrations"), theirs.Page(workshop, "check-in"), theirs.Page(workshop, "outcomes"), theirs.OutcomeSearch() })
        {
            var page = await browser.OpenAccessibleAsync(address, 390, "da", session);
            Assert.Equal(403, (await page.ReloadAsync())!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har ikke adgang");
            var content = await page.ContentAsync();
            Assert.DoesNotContain("Anna Fortrolig", content, StringComparison.Ordinal);
            Assert.DoesNotContain("Fortrolig bekymring", content, StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }

        // A check-in crafted on the person's own event page, sent to the other municipality's.
        var ownEvent = await ours.CreateEventAsync("Eget værksted");
        var ownPage = await browser.OpenAccessibleAsync(ours.Page(ownEvent, "check-in"), 390, "da", session);
        var answer = await ownPage.PostAsync("check-in", new Dictionary<string, string> { ["registration"] = anna.Id }, theirs.Page(workshop, "check-in").AbsolutePath);
        Assert.Equal(403, answer.Status);
        Assert.Equal(0, (await theirs.RegistrationAsync(workshop, anna.Id)).Attended);
        await ownPage.Context.CloseAsync();
    }
}
