using Microsoft.Playwright;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Platform.Web.Tests.Surveys.Links;

namespace Platform.Web.Tests.Surveys.Results;

/// <summary>A survey's results: charts with the count behind each bar, hidden small counts with their reason, free text for the municipality's own roles only.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class ResultsPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_count_under_five_reads_fewer_than_5_answers_with_its_reason_and_the_count_shows_once_enough_have_answered()
    {
        var data = await CollectionPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var area = await data.AddLocalAreaAsync("Strandparken");
        var link = await data.LinkAsync(area);
        await data.AnswerAsync(link, "happy", 1, "Jeg kan lide frikvarteret");
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);

        // One answer is always shown as the band (1 plus the largest deviation is still under 5).
        var page = await browser.OpenAccessibleAsync(data.Page("results"), 390, "da", session);
        var responses = page.Locator(".responses");
        await Assertions.Expect(responses).ToHaveTextAsync("Besvarelser i alt: færre end 5 svar");
        await responses.GetByRole(AriaRole.Link, new() { Name = "færre end 5 svar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hidden-counts")).ToContainTextAsync("For at beskytte børnenes anonymitet");
        await page.Context.CloseAsync();

        // Five answers are shown as the SDK publishes them, and from eight on (8 minus the largest deviation) always as a number.
        await data.AnswerAsync(link, "happy", 4);
        await AssertResponsesShownAsync(data, session);
        await data.AnswerAsync(link, "neutral", 3);
        var shown = await AssertResponsesShownAsync(data, session);
        Assert.Matches(@"^Besvarelser i alt: \d+ svar$", shown);

        foreach (var (width, language) in new[] { (390, "en"), (1280, "da"), (1280, "en") })
        {
            var view = await browser.OpenAccessibleAsync(data.Page("results?by=area"), width, language, session);
            await view.Context.CloseAsync();
        }

        var chart = await browser.OpenAccessibleAsync(data.Page("results?by=area"), 1280, "da", session);
        await Assertions.Expect(chart.Locator("#q-mood ~ div table caption").First).ToContainTextAsync("Strandparken:");
        await Assertions.Expect(chart.Locator("#q-mood ~ div table tbody th")).ToHaveTextAsync(["Ja, meget", "Ja, lidt", "Nej"]);
        await Assertions.Expect(chart.Locator("#q-mood ~ div svg.bar rect")).ToHaveCountAsync(3);
        // A coordinator is one of the municipality's own roles: the free text is there to read.
        await chart.GetByText("Vis fritekstsvarene (1)").ClickAsync();
        await Assertions.Expect(chart.GetByText("Jeg kan lide frikvarteret")).ToBeVisibleAsync();
        await chart.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-results.png"), FullPage = true });
        await chart.Context.CloseAsync();
    }

    [Fact]
    public async Task Centre_staff_read_a_partnership_surveys_results_across_members_by_municipality_without_free_text()
    {
        var (first, second) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId));
        var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest { PartnershipId = partnershipId, Definition = CollectionPagesData.Definition() }, staff);
        var survey = await surveys.PublishSurveyAsync(new PublishSurveyRequest { PartnershipId = partnershipId, SurveyId = draft.Id, ExpectedVersion = draft.Version }, staff);
        foreach (var code in new[] { first, second })
        {
            var member = new CollectionPagesData(platform, code, partnershipId, new Survey(survey) { MunicipalityCode = code });
            await member.AnswerAsync(await member.LinkAsync(), "happy", 8, "Hemmelig tekst " + code);
        }

        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId));
        var address = new Uri(platform.WebAddress, $"/m/surveys/partnership/{partnershipId}/surveys/{survey.Id}/results?by=municipality");
        foreach (var (width, language) in new[] { (390, "da"), (390, "en"), (1280, "en") })
        {
            var view = await browser.OpenAccessibleAsync(address, width, language, session);
            await view.Context.CloseAsync();
        }

        var page = await browser.OpenAccessibleAsync(address, 1280, "da", session);
        var captions = await page.Locator("#q-mood ~ div table caption").AllInnerTextsAsync();
        Assert.Equal(2, captions.Count);
        Assert.Contains(captions, caption => caption.StartsWith(MunicipalityCodes.NameOf(first) + ":", StringComparison.Ordinal));
        Assert.DoesNotContain("Hemmelig tekst", await page.ContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("Fritekstsvar vises kun for kommunens egne roller").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-results-partnership.png"), FullPage = true });
        await page.Context.CloseAsync();

        // Staff of the partnership read a member's own results as aggregates: the free text stays with the municipality.
        var memberPage = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/m/surveys/{first}/surveys/{survey.Id}/results"), 390, "da", session);
        Assert.DoesNotContain("Hemmelig tekst", await memberPage.ContentAsync(), StringComparison.Ordinal);
        await memberPage.Context.CloseAsync();
    }

    [Fact]
    public async Task A_person_of_another_municipality_cannot_open_the_results()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var data = await CollectionPagesData.StartAsync(platform, own, other);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator, other);

        var page = await browser.OpenAccessibleAsync(data.Page("results"), 390, "da", session);

        Assert.Equal(403, (await page.ReloadAsync())!.Status);
        Assert.DoesNotContain("Trivsel i 3. klasse", await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>The page shows the survey's responses exactly as the SDK publishes the stored cell; returns the text.</summary>
    private async Task<string> AssertResponsesShownAsync(CollectionPagesData data, Microsoft.Playwright.Cookie session)
    {
        var published = Disclosed.Cell(await data.StoredResponsesAsync());
        var page = await browser.OpenAsync(data.Page("results"), 390, "da", session);
        var expected = published.Suppressed ? "Besvarelser i alt: færre end 5 svar" : $"Besvarelser i alt: {published.Count} svar";
        await Assertions.Expect(page.Locator(".responses")).ToHaveTextAsync(expected);
        await page.Context.CloseAsync();
        return expected;
    }
}
