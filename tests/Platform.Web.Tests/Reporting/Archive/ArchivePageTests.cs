using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Platform.Web.Tests.Reporting.Reports;

namespace Platform.Web.Tests.Reporting.Archive;

/// <summary>The report archive: listed by quarter and date in Danish, downloaded with the session, archived and scheduled only by those allowed.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class ArchivePageTests(SharedPlatform shared, BrowserFixture browser)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    [Fact]
    public async Task The_centre_s_staff_archive_a_report_download_it_with_the_session_and_turn_the_monthly_report_on_and_off_seeing_its_next_run_in_Danish()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var session = await data.PartnershipSessionAsync(PlatformRole.PartnershipStaff);
        var page = await browser.OpenAccessibleAsync(data.PartnershipPage("archive"), 390, "da", session);
        await Assertions.Expect(page.GetByText("Arkivet er tomt endnu", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#monthly-state")).ToHaveTextAsync("Slået fra.");

        await page.GetByLabel("Format").SelectOptionAsync(nameof(ReportFormat.Xlsx));
        await page.GetByRole(AriaRole.Button, new() { Name = "Læg i arkivet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rapporten bliver lavet nu");
        await Poll.UntilAsync("the report to be archived", async () => (await Reports.ListArchivedReportsAsync(
            new ListArchivedReportsRequest { Scope = new ReportScope { PartnershipId = data.PartnershipId } }, platform.AsAdmin())).Reports.Count,
            count => count == 1, Bound);

        await page.ReloadAsync();
        var row = page.Locator("tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("th")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[1-4]\. kvartal \d{4}$"));
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$"));
        var file = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), await row.GetByRole(AriaRole.Link).GetAttributeAsync("href")).ToString());
        Assert.Equal(200, file.Status);
        using (SpreadsheetDocument.Open(new MemoryStream(await file.BodyAsync()), false))
        {
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Slå månedlig rapport til" }).ClickAsync();
        await Assertions.Expect(page.Locator("#monthly-state")).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex(@"^Slået til: næste gang (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) 1\. [a-zæøå]+ \d{4} kl\. 06\.00\.$"));
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync("archive-scheduled-da-390");
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("report-archive-390.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå månedlig rapport fra" }).ClickAsync();
        await Assertions.Expect(page.Locator("#monthly-state")).ToHaveTextAsync("Slået fra.");
        await page.Context.CloseAsync();

        var english = await browser.OpenAccessibleAsync(data.PartnershipPage("archive"), 1280, "en", session);
        await Assertions.Expect(english.Locator("#monthly-state")).ToHaveTextAsync("Off.");
        await english.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_the_archive_without_its_forms_and_a_crafted_archive_or_schedule_post_is_refused_and_changes_nothing()
    {
        var data = await ReportPagesData.StartAsync(platform);
        foreach (var (address, session) in new[]
        {
            (data.PartnershipPage("archive"), await data.PartnershipSessionAsync(PlatformRole.Viewer)),
            (data.Page("archive"), await data.SessionAsync(PlatformRole.Viewer)),
        })
        {
            var page = await browser.OpenAccessibleAsync(address, 390, "da", session);
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Læg i arkivet" }).CountAsync());
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Slå månedlig rapport til" }).CountAsync());

            var archived = await page.PostAsync("archive", new Dictionary<string, string>
            {
                ["Archiving.Year"] = "2026", ["Archiving.Quarter"] = "3", ["Archiving.Format"] = nameof(ReportFormat.Csv),
            });
            Assert.Equal(403, archived.Status);
            if (address == data.PartnershipPage("archive"))
            {
                var scheduled = await page.PostAsync("schedule", new Dictionary<string, string> { ["Scheduling.On"] = "true" });
                Assert.Equal(403, scheduled.Status);
            }

            await page.Context.CloseAsync();
        }

        foreach (var scope in new[] { new ReportScope { PartnershipId = data.PartnershipId }, new ReportScope { MunicipalityCode = data.Code } })
        {
            Assert.Empty((await Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = scope }, platform.AsAdmin())).Reports);
        }

        var staff = await browser.OpenAccessibleAsync(data.PartnershipPage("archive"), 390, "da", await data.PartnershipSessionAsync(PlatformRole.PartnershipStaff));
        await Assertions.Expect(staff.Locator("#monthly-state")).ToHaveTextAsync("Slået fra.");
        await staff.Context.CloseAsync();
    }

    [Fact]
    public async Task Another_municipality_s_archive_is_refused()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var outsider = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, data.Other));

        foreach (var address in new[] { data.Page("archive"), data.PartnershipPage("archive") })
        {
            var page = await browser.OpenAccessibleAsync(address, 390, "da", outsider);
            Assert.Equal(403, (await page.ReloadAsync())!.Status);
            await page.Context.CloseAsync();
        }
    }
}
