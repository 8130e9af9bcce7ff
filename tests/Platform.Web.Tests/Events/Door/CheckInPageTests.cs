using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.Door;

/// <summary>Check-in at the door on a phone: search by name, one tap, attendance by group, and a flaky connection.</summary>
[Collection(EventPagesCollection.Name)]
public sealed partial class CheckInPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_check_in_page_has_large_buttons_and_attendance_by_group_with_no_axe_violations_in_Danish_and_English_on_a_phone_and_a_desktop()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Familieværksted om mad");
        await data.RegisterAsync(workshop, "Anna Holm");
        await data.RegisterAsync(workshop, "Bo Nielsen", TargetGroup.Professionals);
        await data.HeadCountAsync(workshop, TargetGroup.Children, 18);
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page(workshop, "check-in"), width, language, session);
                var attendance = page.GetByRole(AriaRole.Region, new() { Name = language == "da" ? "Fremmøde" : "Attendance" });
                await Assertions.Expect(attendance).ToContainTextAsync(language == "da" ? "Børn: 0 af 18" : "Children: 0 of 18");
                foreach (var button in await page.Locator("main button").AllAsync())
                {
                    var box = await button.BoundingBoxAsync();
                    Assert.True(box is { Height: >= 44, Width: >= 44 }, $"A button on the check-in page is {box?.Width}×{box?.Height} px, smaller than 44 px.");
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task A_person_is_found_by_name_and_checked_in_with_one_tap_without_script_and_the_page_says_when()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Dialogmøde om trivsel");
        var anna = await data.RegisterAsync(workshop, "Anna Holm");
        await data.RegisterAsync(workshop, "Anders Holm", TargetGroup.Children);
        await data.RegisterAsync(workshop, "Bo Nielsen");
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        await context.AddCookiesAsync([await data.SessionAsync(PlatformRole.MunicipalityMember)]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(data.Page(workshop, "check-in").ToString());

        await page.GetByLabel("Søg efter navn").FillAsync("anna");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"check-in\?q=anna$"));
        Assert.Equal(["Anna Holm"], await page.Locator(".door-name").AllInnerTextsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tjek ind Anna Holm" }).ClickAsync();

        // Post/redirect/get: the answer is a page of its own, which a reload does not post again.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(CheckedInPattern());
        Assert.Matches(@"check-in\?q=anna&done=[0-9a-f-]+&at=\d+$", page.Url);
        await Assertions.Expect(page.Locator(".door-checked")).ToHaveTextAsync("✓ Tjekket ind");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Fremmøde" })).ToContainTextAsync("Forældre og familier: 1 af 2");
        await page.ReloadAsync();
        Assert.Equal(1, (await data.RegistrationAsync(workshop, anna.Id)).Attended);
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("event-check-in-phone.png"), FullPage = true });
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_double_tap_and_a_resent_post_of_the_same_check_in_count_the_person_once()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Temadag om bevægelse");
        var anna = await data.RegisterAsync(workshop, "Anna Holm");
        var bo = await data.RegisterAsync(workshop, "Bo Nielsen");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "check-in"), 390, "da", await data.SessionAsync(PlatformRole.MunicipalityCoordinator));

        await page.GetByRole(AriaRole.Button, new() { Name = "Tjek ind Anna Holm" }).DblClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(CheckedInPattern());

        // The same form sent again and again, as a browser resends it after a dropped answer or a back-and-resend.
        for (var i = 0; i < 3; i++)
        {
            var answer = await page.PostAsync("check-in", new Dictionary<string, string> { ["registration"] = bo.Id });
            Assert.Equal(302, answer.Status);
        }

        Assert.Equal((1, 1), ((await data.RegistrationAsync(workshop, anna.Id)).Attended, (await data.RegistrationAsync(workshop, bo.Id)).Attended));
        Assert.Equal(2, (await data.AttendanceAsync(workshop)).Attended);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Fremmøde" })).ToContainTextAsync("I alt: 2 af 2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_head_count_records_how_many_came_and_a_person_checked_in_by_mistake_is_undone()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Legedag i hallen");
        var anna = await data.RegisterAsync(workshop, "Anna Holm");
        var classOf = await data.HeadCountAsync(workshop, TargetGroup.Children, 22);
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "check-in"), 390, "en", await data.SessionAsync(PlatformRole.MunicipalityMember));

        await page.GetByLabel("How many came (22 without names (Children))").FillAsync("19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save number (22 without names (Children))" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("22 without names (Children): 19 of 22 came");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Anna Holm" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo (Anna Holm)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Anna Holm is no longer checked in.");
        await page.AssertNoAxeViolationsAsync();

        Assert.Equal((0, 19), ((await data.RegistrationAsync(workshop, anna.Id)).Attended, (await data.RegistrationAsync(workshop, classOf.Id)).Attended));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_who_came_without_buttons_and_a_crafted_check_in_is_refused_and_changes_nothing()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Netværksmøde for foreninger");
        var anna = await data.RegisterAsync(workshop, "Anna Holm");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "check-in"), 390, "da", await data.SessionAsync(PlatformRole.Viewer));

        await Assertions.Expect(page.Locator(".door-name")).ToHaveTextAsync("Anna Holm");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tjek ind Anna Holm" })).ToHaveCountAsync(0);

        var answer = await page.PostAsync("check-in", new Dictionary<string, string> { ["registration"] = anna.Id });
        Assert.Equal(403, answer.Status);
        Assert.Equal(0, (await data.RegistrationAsync(workshop, anna.Id)).Attended);
        await page.Context.CloseAsync();
    }

    /// <summary>"Anna Holm er tjekket ind kl. 16.05.", with the time the check-in was made.</summary>
    [GeneratedRegex(@"^Anna Holm er tjekket ind kl\. \d\d\.\d\d\.$")]
    private static partial Regex CheckedInPattern();
}
