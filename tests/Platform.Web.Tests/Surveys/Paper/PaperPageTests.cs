using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Platform.Web.Tests.Surveys.Links;

namespace Platform.Web.Tests.Surveys.Paper;

/// <summary>Paper answers typed into the grid and stored through the durable import; a refused row named in words; the refusals.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class PaperPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Three_paper_forms_typed_into_the_grid_are_stored_through_the_import_and_counted()
    {
        var data = await CollectionPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        await data.AddLocalAreaAsync("Strandparken");
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);
        foreach (var (width, language) in new[] { (390, "da"), (390, "en"), (1280, "en") })
        {
            var view = await browser.OpenAccessibleAsync(data.Page("paper"), width, language, session);
            await view.Context.CloseAsync();
        }

        var page = await browser.OpenAccessibleAsync(data.Page("paper"), 1280, "da", session);
        await page.GetByLabel("Lokalområde").SelectOptionAsync(new SelectOptionValue { Label = "Strandparken" });
        await page.Locator("#c0-mood").SelectOptionAsync(new SelectOptionValue { Label = "Ja, meget" });
        await page.Locator("#c0-activities-0").CheckAsync();
        await page.Locator("#c0-hours").FillAsync("9,5");
        await page.Locator("#c1-mood").SelectOptionAsync(new SelectOptionValue { Label = "Nej" });
        await page.Locator("#c1-age").SelectOptionAsync(new SelectOptionValue { Label = "6–10 år" });
        await page.Locator("#c2-mood").SelectOptionAsync(new SelectOptionValue { Label = "Ja, lidt" });
        await page.Locator("#c2-comment").FillAsync("Vi leger i frikvarteret");
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-paper-grid.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem papirsvarene" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 papirsvar er gemt.");
        Assert.Equal(3, (await data.StoredResponsesAsync()).Count);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Skema 2: »Er du glad for at gå i skole?« skal besvares.", "Skema 2: »Hvor mange timer sover du?« skal være et tal fra 0 til 24.")]
    [InlineData("en", "Form 2: \"Do you like going to school?\" must be answered.", "Form 2: \"How many hours do you sleep?\" must be a number from 0 to 24.")]
    public async Task A_refused_row_is_named_by_its_form_and_question_and_nothing_typed_is_lost_or_stored(string language, string missing, string range)
    {
        var data = await CollectionPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        var page = await browser.OpenAsync(data.Page("paper"), 390, language, session);
        await page.Locator("#c0-mood").SelectOptionAsync("happy");
        await page.Locator("#c1-hours").FillAsync("30");
        await page.Locator("#c1-comment").FillAsync("Træt");
        await page.Locator("form button[value=add]").ClickAsync();
        await Assertions.Expect(page.Locator("#c3-mood")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#c1-hours")).ToHaveValueAsync("30");

        await page.Locator("form button[value=send]:not([hidden])").ClickAsync();

        var problems = page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link);
        await Assertions.Expect(problems).ToHaveTextAsync([missing, range]);
        await Assertions.Expect(page.Locator("#c1-mood")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#c0-mood")).ToHaveValueAsync("happy");
        await Assertions.Expect(page.Locator("#c1-hours")).ToHaveValueAsync("30");
        await Assertions.Expect(page.Locator("#c1-comment")).ToHaveValueAsync("Træt");
        await Assertions.Expect(page.Locator("#c3-mood")).ToBeVisibleAsync();
        Assert.Equal(0, (await data.StoredResponsesAsync()).Count);
        await page.AssertNoAxeViolationsAsync();
        await page.AssertNoSidewaysScrollingAsync(390);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewers_crafted_post_is_refused_and_another_municipalitys_grid_cannot_be_opened()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var data = await CollectionPagesData.StartAsync(platform, own, other);
        var viewer = await data.SessionAsync(PlatformRole.Viewer);
        var page = await browser.OpenAccessibleAsync(data.Page("paper"), 390, "da", viewer);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gem papirsvarene" })).ToHaveCountAsync(0);

        var answer = await page.PostAsync("paper", new Dictionary<string, string>
        {
            ["action"] = "send",
            ["rows"] = "1",
            ["area"] = "",
            ["answered"] = "2026-11-30",
            ["r0.id"] = Guid.NewGuid().ToString(),
            ["r0.mood"] = "happy",
        });

        Assert.Equal(403, answer.Status);
        Assert.Equal(0, (await data.StoredResponsesAsync()).Count);
        await page.Context.CloseAsync();

        var stranger = await data.SessionAsync(PlatformRole.MunicipalityCoordinator, other);
        var refused = await browser.OpenAccessibleAsync(data.Page("paper"), 390, "da", stranger);
        Assert.Equal(403, (await refused.ReloadAsync())!.Status);
        Assert.DoesNotContain("Trivsel i 3. klasse", await refused.ContentAsync(), StringComparison.Ordinal);
        await refused.Context.CloseAsync();
    }
}
