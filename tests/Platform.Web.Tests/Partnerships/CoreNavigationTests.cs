using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Partnerships;

/// <summary>The header's links to the core pages: only those the person's grants reach.</summary>
[Collection(WebCollection.Name)]
public sealed class CoreNavigationTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Centre_staff_reach_their_partnership_a_coordinator_the_municipalitys_settings_and_an_administrator_the_administration_from_the_navigation()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var name = await PartnershipPages.NameOfAsync(platform, code);

        foreach (var (grant, text, address) in new[]
                 {
                     (RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id), "Center for Sundt Liv og Trivsel", $"/partnerships/{id}"),
                     (RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code), $"Indstillinger – {name}", $"/municipalities/{code}"),
                     (RoleGrant.Admin, "Administration", "/admin"),
                 })
        {
            var page = await browser.OpenAccessibleAsync(platform.WebAddress, 1280, "da", await SignIn.SessionAsync(platform, grant));
            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" });
            var links = await navigation.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
            Assert.Equal(["/", address], links.Where(link => !link.StartsWith("/m/", StringComparison.Ordinal)));

            await navigation.GetByRole(AriaRole.Link, new() { Name = text, Exact = true }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.WebAddress, address).ToString());
            await page.AssertNoAxeViolationsAsync();
            await page.Context.CloseAsync();
        }
    }
}
