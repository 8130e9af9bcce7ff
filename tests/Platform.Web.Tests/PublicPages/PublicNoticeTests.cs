using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.PublicPages;

/// <summary>
/// The privacy notice and the accessibility statement that every public page links to: the municipality is responsible
/// for what its pages keep, so both name it and give its contact from its settings.
/// </summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class PublicNoticeTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_survey_privacy_notice_names_the_municipality_what_is_kept_and_for_how_long_and_its_contact_in_danish_and_english()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel).UpdateContactSettingsAsync(new UpdateContactSettingsRequest
        {
            Code = code, Contact = new ContactSettings { FunctionalEmail = "sundhed@kommune.example.dk", Phone = "43 57 70 00" },
        }, platform.AsAdmin());
        var name = MunicipalityCodes.NameOf(code);

        foreach (var width in AccessiblePages.Widths)
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/surveys/privacy/{code}"), width, "da");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privatliv: spørgeskemaer");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Kommunen, {name}, er ansvarlig");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vi gemmer ikke dit navn");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "sundhed@kommune.example.dk" })).ToHaveAttributeAsync("href", "mailto:sundhed@kommune.example.dk");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "43 57 70 00" })).ToHaveAttributeAsync("href", "tel:43577000");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Datatilsynet");
            if (width == 390)
            {
                await page.ScreenshotAsync(new() { Path = Repository.DocsImage("privacy-notice-phone.png"), FullPage = true });
            }

            await page.Context.CloseAsync();
        }

        var english = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/surveys/privacy/{code}?lang=en"), 390, "en");
        Assert.Equal("en", await english.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacy: surveys");
        await Assertions.Expect(english.Locator("main")).ToContainTextAsync($"The municipality of {name} is responsible");
        await Assertions.Expect(english.Locator("main")).ToContainTextAsync("We do not store your name");
        await english.Context.CloseAsync();
    }

    [Fact]
    public async Task The_accessibility_statement_says_how_the_pages_are_tested_what_falls_short_and_whom_to_tell_and_without_a_contact_where_to_look()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);

        foreach (var (language, heading, missing) in new[]
        {
            ("da", "Tilgængeligheds\u00ADerklæring", "Find kontaktoplysningerne på kommunens hjemmeside."),
            ("en", "Accessibility statement", "Find the contact details on the municipality's website."),
        })
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/surveys/accessibility/{code}?lang={language}"), 320, language);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("WCAG 2.1");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(missing);
            Assert.Equal(0, await page.Locator("a[href^='mailto:']").CountAsync());
            // The two notices link to each other, in the reader's language.
            await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link).First)
                .ToHaveAttributeAsync("href", $"/surveys/privacy/{code}?lang={language}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_page_of_a_survey_link_long_or_short_links_to_the_notices_of_its_municipality_in_the_reader_s_language()
    {
        var code = platform.MunicipalityCodes.Take();
        var data = await Surveys.Links.CollectionPagesData.StartAsync(platform, code);
        var link = await data.LinkAsync();

        foreach (var (path, language, privacy) in new[] { (link.Path, "da", "Privatliv"), (link.ShortPath + "?lang=en", "en", "Privacy") })
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, path), 390, language);
            var footer = page.GetByRole(AriaRole.Contentinfo);
            await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = privacy })).ToHaveAttributeAsync("href", $"/surveys/privacy/{code}?lang={language}");
            await Assertions.Expect(footer.GetByRole(AriaRole.Link).Nth(1)).ToHaveAttributeAsync("href", $"/surveys/accessibility/{code}?lang={language}");
            await page.Context.CloseAsync();
        }

        // An outcome is a page of the link too: a link that is not there says so, with the notices.
        var unknown = await browser.OpenAsync(new Uri(platform.WebAddress, link.Path[..^3] + "zzz"), 390, "da");
        await Assertions.Expect(unknown.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siden findes ikke");
        await Assertions.Expect(unknown.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privatliv" })).ToBeVisibleAsync();
        await unknown.Context.CloseAsync();
    }

    [Fact]
    public async Task A_notice_of_a_code_that_is_no_municipality_on_the_platform_says_so_with_404()
    {
        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, "/surveys/privacy/0000"), 390, "da");
        Assert.Equal(404, (await page.ReloadAsync())!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siden findes ikke");
        await page.Context.CloseAsync();
    }
}
