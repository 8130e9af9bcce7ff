using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Platform.Web.Tests.Reporting.Reports;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Platform.Web.Tests.Journeys;

/// <summary>
/// A quarter's status, as the people who write and read it: a coordinator updates the plan on a phone, and the centre's
/// staff open the partnership's report from its menu and download it as a workbook, by the menus only, with axe-core on
/// each page.
/// </summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class ReportJourneyTests(SharedPlatform shared, BrowserFixture browser)
{
    private const string Mapping = "Kortlægge eksisterende tiltag og indsatser, der kan understøttes, forstørres og forstærkes";

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_sets_the_mapping_under_way_and_the_centre_staff_read_it_in_the_partnership_report_and_download_the_same_figures_as_xlsx()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var name = MunicipalityCodes.NameOf(data.Code);

        // The coordinator, on a phone: the plan from the municipality's menu, the mapping set under way.
        var coordinator = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        var phone = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{data.Code}"), 390, "da", coordinator);
        await Journey.OpenMenuAsync(phone, name, "Plan og status");
        var mapping = phone.GetByRole(AriaRole.Region, new() { Name = Mapping });
        await mapping.GetByLabel($"Status for {Mapping}").SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        await mapping.GetByLabel($"Note til {Mapping}").FillAsync("Foreningerne i Tranegilde er kortlagt");
        await mapping.GetByRole(AriaRole.Button, new() { Name = "Gem status for sporet" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Region, new() { Name = Mapping }).GetByLabel("Note til " + Mapping))
            .ToHaveValueAsync("Foreningerne i Tranegilde er kortlagt");
        await phone.AssertNoAxeViolationsAsync();
        await phone.Context.CloseAsync();

        // The centre's staff: the report from the partnership's menu opens with the plan's status.
        var staff = await data.PartnershipSessionAsync(PlatformRole.PartnershipStaff);
        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{data.PartnershipId}"), 1280, "da", staff);
        await Journey.OpenMenuAsync(page, "Center for Sundt Liv og Trivsel", "Statusrapport");
        await Assertions.Expect(page.Locator("h3", new() { HasText = "Vi er i gang med:" })).ToBeVisibleAsync();
        var working = page.Locator("h3:has-text('Vi er i gang med') + ul");
        await Assertions.Expect(working).ToContainTextAsync(Mapping);
        await Assertions.Expect(working).ToContainTextAsync($"{name}: I gang");
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync("journey-report-da-1280");

        // The figure the page shows for the civil-society actors of the first member, and the same row in the workbook
        // downloaded from the page's link in the same browser (the session's cookie, no bearer header).
        var table = page.GetByRole(AriaRole.Region, new() { Name = "Aktører pr. sektor: tabel" });
        var row = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = $"{name} · Civilsamfund", Exact = true }) });
        var shown = await row.GetByRole(AriaRole.Cell).First.InnerTextAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel (XLSX)" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var rows = Rows(await download.PathAsync());

        var civil = rows.Single(r => r[1] == "actor-mapping.actors-by-sector" && r[5] == data.Code && r[6] == "sector=civil-society");
        Assert.Equal(shown, civil[7]);
        Assert.Contains(rows, r => r[0] == "status" && r[2] == Mapping && r[5] == data.Code && r[6] == "state=under-way");
        await page.Context.CloseAsync();
    }

    /// <summary>The workbook's rows, each cell's text (numbers as written) in column order.</summary>
    private static List<string[]> Rows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return
        [
            .. document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.CellValue?.Text ?? c.InnerText).ToArray()),
        ];
    }
}
