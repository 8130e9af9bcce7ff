using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Journeys;

/// <summary>The steps every journey takes the same way: signing in from an invitation, and the menus of a place.</summary>
internal static class Journey
{
    /// <summary>A new person invited by link signs in from it and lands on their home page (axe-core checked on both).</summary>
    public static async Task<IPage> SignInFromInvitationAsync(BrowserFixture browser, TestPlatform platform, string person, RoleGrant grant, int width)
    {
        var link = await Invitations.InviteAsync(platform, person, grant);
        var page = await browser.OpenAccessibleAsync(link, width, "da");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hej, {person}");
        await page.AssertNoAxeViolationsAsync();
        return page;
    }

    /// <summary>Follows an entry of a municipality's or a partnership's own menu ("Menu for {place}").</summary>
    public static Task OpenMenuAsync(IPage page, string place, string entry) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = $"Menu for {place}" }).GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();
}
