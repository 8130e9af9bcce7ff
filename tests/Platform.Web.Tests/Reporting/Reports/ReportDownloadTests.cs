using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Platform.Web.Tests.Reporting.Reports;

/// <summary>The report page's downloads: with the session's cookie alone (no bearer header), for Excel; another municipality's refused.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class ReportDownloadTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_page_s_xlsx_and_csv_downloads_work_with_only_the_session_cookie_and_open_in_Danish_Excel_as_columns()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var session = await data.SessionAsync(PlatformRole.Viewer);
        var page = await browser.OpenAccessibleAsync(data.Page("report"), 1280, "da", session);
        var xlsx = await page.GetByRole(AriaRole.Link, new() { Name = "Excel (XLSX)" }).GetAttributeAsync("href");
        var csv = await page.GetByRole(AriaRole.Link, new() { Name = "CSV til Excel" }).GetAttributeAsync("href");
        await page.Context.CloseAsync();
        using var http = SessionClient(session);

        using var workbook = await http.GetAsync(xlsx);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.True(rows.Count > 1, "The workbook has no figures under its header.");
        }

        var bytes = await http.GetByteArrayAsync(csv);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section;indicator_id;title_da;title_en;unit;municipality;dimensions;current;previous;change", lines[0]);
        Assert.All(lines, line => Assert.Equal(9, line.Count(c => c == ';') - Quoted(line)));
        Assert.Contains(lines, line => line.Contains(";Aktører pr. sektor;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_municipality_s_report_page_and_download_are_refused_and_show_none_of_its_figures()
    {
        var data = await ReportPagesData.StartAsync(platform);
        var outsider = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, data.Other));

        var page = await browser.OpenAccessibleAsync(data.Page("report"), 390, "da", outsider);
        Assert.Equal(403, (await page.ReloadAsync())!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har ikke adgang");
        Assert.DoesNotContain(ReportPagesData.AreaName, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        using var http = SessionClient(outsider);
        using var download = await http.GetAsync($"/reporting/municipality/{data.Code}/report?year=2026&quarter=4&format=xlsx");
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        using var partnership = await http.GetAsync($"/reporting/partnership/{data.PartnershipId}/report?year=2026&quarter=4&format=csv");
        Assert.Equal(HttpStatusCode.Forbidden, partnership.StatusCode);
    }

    /// <summary>A client that carries the session's cookie and nothing else: no Authorization header.</summary>
    private HttpClient SessionClient(Microsoft.Playwright.Cookie session)
    {
        var cookies = new CookieContainer();
        cookies.Add(platform.WebAddress, new System.Net.Cookie(session.Name, session.Value));
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = platform.WebAddress };
    }

    /// <summary>Semicolons inside quoted fields, which are not separators.</summary>
    private static int Quoted(string line)
    {
        var (inside, count) = (false, 0);
        foreach (var c in line)
        {
            (inside, count) = c == '"' ? (!inside, count) : (inside, count + (inside && c == ';' ? 1 : 0));
        }

        return count;
    }
}
