using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.EventPages;

/// <summary>A viewer reads the events but changes nothing, even by a crafted post; another municipality's people are refused.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class EventPagesRefusalTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_viewer_sees_no_edit_controls_and_their_crafted_posts_to_create_edit_or_rotate_are_refused_and_change_nothing()
    {
        var data = await EventPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var created = await data.CreateAsync("Netværksmøde", EventPagesData.DayAhead());
        var session = await data.SessionAsync(PlatformRole.Viewer);

        var page = await browser.OpenAccessibleAsync(data.Page("events/" + created.Id), 390, "da", session);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Netværksmøde");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ret arrangementet" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Plakat til udskrift" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#sign-up-address")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lav en ny adresse" })).ToHaveCountAsync(0);
        var feed = await page.Locator("#feed-address").InputValueAsync();

        var form = new Dictionary<string, string>
        {
            ["kind"] = "DialogueMeeting",
            ["title"] = "Sneget ind",
            ["date"] = EventPagesData.DayAhead().ToString("yyyy-MM-dd"),
            ["start"] = "10:00",
            ["end"] = "11:00",
            ["version"] = created.Version.ToString(),
            ["agenda"] = "0",
            ["action"] = "save",
        };
        Assert.Equal(403, (await page.PostAsync("event", form, data.Page("events/new").AbsolutePath)).Status);
        Assert.Equal(403, (await page.PostAsync("event", form, data.Page($"events/{created.Id}/edit").AbsolutePath)).Status);
        Assert.Equal(403, (await page.PostAsync("rotate-feed", new Dictionary<string, string>())).Status);
        Assert.Equal(403, (await page.GotoAsync(data.Page($"events/{created.Id}/poster").ToString()))!.Status);

        var events = await data.AllAsync();
        Assert.Equal(["Netværksmøde"], events.Select(e => e.Fields.Title));
        Assert.Equal(created.Version, events.Single().Version);
        var again = await browser.OpenAsync(data.Page("events/" + created.Id), 390, "da", session);
        Assert.Equal(feed, await again.Locator("#feed-address").InputValueAsync());
        await again.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_of_another_municipality_is_refused_on_this_municipalitys_event_pages_and_sees_nothing_of_the_event()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var data = await EventPagesData.StartAsync(platform, own, other);
        var created = await data.CreateAsync("Fortroligt møde", EventPagesData.DayAhead());
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, other));

        foreach (var path in new[] { "events", "events/new", $"events/{created.Id}", $"events/{created.Id}/edit", $"events/{created.Id}/poster" })
        {
            var page = await browser.OpenAsync(data.Page(path), 390, "da", session);
            var status = (await page.ReloadAsync())!.Status;
            Assert.True(status is 403 or 404, $"{path} answered {status}");
            Assert.DoesNotContain("Fortroligt møde", await page.ContentAsync(), StringComparison.Ordinal);
            await page.AssertNoAxeViolationsAsync();
            await page.Context.CloseAsync();
        }

        // A save crafted on the person's own form, sent to this municipality's event.
        var ownForm = await browser.OpenAsync(new Uri(platform.WebAddress, $"/m/events/{other}/events/new"), 390, "da", session);
        var answer = await ownForm.PostAsync("event", new Dictionary<string, string> { ["title"] = "Overtaget", ["version"] = "1", ["agenda"] = "0", ["action"] = "save" },
            data.Page($"events/{created.Id}/edit").AbsolutePath);
        Assert.Equal(403, answer.Status);
        Assert.Equal("Fortroligt møde", (await data.AllAsync()).Single().Fields.Title);
        await ownForm.Context.CloseAsync();
    }
}
