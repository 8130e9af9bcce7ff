using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Reporting.Reports;

/// <summary>The status report read in the browser: the HTML file's content, readable labels, a phone's width, the quarter chosen on the page.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class ReportPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_reads_the_municipality_s_report_with_names_not_codes_and_the_same_figures_as_the_html_file_in_Danish_and_English_with_no_axe_violations()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);

        foreach (var (language, sector, stage) in new[] { ("da", "Civilsamfund", "Identificeret"), ("en", "Civil society", "Identified") })
        {
            foreach (var width in new[] { 360, 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page("report"), width, language, session);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(MunicipalityCodes.NameOf(data.Code));
                var rows = await page.Locator("table.figures tbody th").AllInnerTextsAsync();
                Assert.Contains(rows, row => row.Contains(sector, StringComparison.Ordinal));
                Assert.Contains(rows, row => row.Contains(ReportPagesData.AreaName, StringComparison.Ordinal) && row.Contains(stage, StringComparison.Ordinal));
                var labels = string.Join("\n", rows.Concat(await page.Locator("svg.chart text").AllTextContentsAsync()));
                Assert.DoesNotMatch(ReportPagesData.Id(), labels);
                Assert.DoesNotMatch(ReportPagesData.CodeWord(), labels);

                await AssertSameAsFileAsync(page, language);
                if (language == "da" && width != 360)
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage($"report-{width}.png"), FullPage = width < 400 });
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Printed_the_report_fits_an_A4_page_s_width_without_the_page_s_choices_downloads_or_menus()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        // A4 is 210 mm wide; less the stylesheet's two 15 mm margins, 180 mm is 680 CSS pixels.
        var page = await browser.OpenAsync(data.Page("report"), 680, "da", session);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator(".report-downloads")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".place-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table.figures").First).ToBeVisibleAsync();
        await page.AssertNoSidewaysScrollingAsync(680);
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf[..4]));
        await page.Context.CloseAsync();
    }

    /// <summary>The page and the HTML file come from one renderer: the same tables, in the page's language.</summary>
    private static async Task AssertSameAsFileAsync(IPage page, string language)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = language == "da" ? "Webside (HTML)" : "Web page (HTML)" }).GetAttributeAsync("href");
        var file = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, file.Status);
        var filePage = await page.Context.NewPageAsync();
        await filePage.SetContentAsync(await file.TextAsync());
        Assert.Equal(await page.Locator("table.figures").AllInnerTextsAsync(), await filePage.Locator("table.figures").AllInnerTextsAsync());
        Assert.Equal(language, await filePage.Locator("html").GetAttributeAsync("lang"));
        await filePage.CloseAsync();
    }

    [Fact]
    public async Task The_quarter_to_compare_is_chosen_on_the_page_by_its_Danish_name_and_the_report_compares_with_it()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var session = await data.PartnershipSessionAsync(PlatformRole.PartnershipStaff);
        var page = await browser.OpenAccessibleAsync(data.PartnershipPage("report"), 390, "da", session);
        var compare = page.GetByLabel("Sammenlign med");
        var options = await compare.Locator("option").AllInnerTextsAsync();
        Assert.All(options, option => Assert.Matches(@"^[1-4]\. kvartal \d{4}$", option));

        await compare.SelectOptionAsync(new SelectOptionValue { Index = 4 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis rapporten" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("compare=", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 });
        await Assertions.Expect(page.Locator(".report-head .lead").First).ToContainTextAsync($"sammenlignet med {options[4]}");
        await Assertions.Expect(page.Locator("table.figures thead th").Nth(2)).ToHaveTextAsync(options[4]);
        await Assertions.Expect(page.GetByLabel("Sammenlign med")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-[1-4]$"));
        await page.AssertNoAxeViolationsAsync();
        await page.AssertNoSidewaysScrollingAsync(390);
        await page.Context.CloseAsync();
    }
}
