using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Surveys.Links;

/// <summary>A survey's collection links: the list, a new link for a local area, its class sheet with the QR code, and the refusals.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class LinkPagesTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_creates_a_link_for_a_local_area_and_its_class_sheet_shows_its_short_form_and_a_QR_code_that_opens_it()
    {
        var data = await CollectionPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        await data.AddLocalAreaAsync("Strandparken");
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator);
        foreach (var (width, language) in new[] { (390, "en"), (1280, "en"), (390, "da") })
        {
            var view = await browser.OpenAccessibleAsync(data.Page("links"), width, language, session);
            await view.Context.CloseAsync();
        }

        var page = await browser.OpenAccessibleAsync(data.Page("links"), 1280, "da", session);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Der er ingen links til undersøgelsen endnu.");
        await page.GetByLabel("Lokalområde").SelectOptionAsync(new SelectOptionValue { Label = "Strandparken" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret link" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trivsel i 3. klasse");
        // The short form: the municipality code and three groups of four characters without look-alikes; the whole link beside it.
        var address = await page.Locator("#sheet-address").InnerTextAsync();
        Assert.Matches($"^{Regex.Escape(new Uri(platform.WebAddress, "/surveys/k/").ToString())}{data.Code}(-[2-9A-HJKMNP-TW-Z]{{4}}){{3}}$", address);
        var whole = await page.Locator("#sheet-full-address").InnerTextAsync();
        Assert.StartsWith(new Uri(platform.WebAddress, "/surveys/a/" + data.Code).ToString(), whole, StringComparison.Ordinal);
        var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR-kode til undersøgelsen »Trivsel i 3. klasse«" });
        await Assertions.Expect(qr).ToBeVisibleAsync();
        Assert.Equal("svg", await qr.EvaluateAsync<string>("element => element.localName"));

        // The QR code, on the sheet and as the files for posters, scans to the short form.
        var drawn = await qr.EvaluateAsync<string>("element => element.outerHTML");
        Assert.Equal(address, await QrReader.ReadAsync(page, System.Text.Encoding.UTF8.GetBytes(drawn), "image/svg+xml"));
        foreach (var (name, mediaType) in new[] { ("SVG (skarp i enhver størrelse, til tryk)", "image/svg+xml"), ("PNG (til Word, PowerPoint og opslag)", "image/png") })
        {
            var href = await page.GetByRole(AriaRole.Link, new() { Name = name }).GetAttributeAsync("href");
            var file = await page.Context.APIRequest.GetAsync(new Uri(platform.WebAddress, href).ToString());
            Assert.Equal(200, file.Status);
            Assert.Equal(mediaType, file.Headers["content-type"]);
            Assert.Equal(address, await QrReader.ReadAsync(page, await file.BodyAsync(), mediaType));
        }

        await Assertions.Expect(page.Locator(".sheet-where")).ToContainTextAsync("Strandparken – åben fra ");
        await Assertions.Expect(page.Locator(".sheet-where")).ToContainTextAsync(" kl. ");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-class-sheet.png"), FullPage = true });
        var sheet = page.Url;
        await page.Context.CloseAsync();

        // The sheet passes axe in both languages at both widths, and the address on it opens the child's answer page.
        foreach (var (width, language) in new[] { (390, "da"), (390, "en"), (1280, "en") })
        {
            var view = await browser.OpenAccessibleAsync(new Uri(sheet), width, language, session);
            await view.Context.CloseAsync();
        }

        // The short form opens the child's answer page as it is printed, and as a child might type it: small letters, no dashes.
        var typed = address[..address.LastIndexOf('/')] + "/" + address[(address.LastIndexOf('/') + 1)..].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var opened in new[] { address, typed, whole })
        {
            var child = await browser.OpenAccessibleAsync(new Uri(opened), 390, "da");
            await Assertions.Expect(child.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trivsel i 3. klasse");
            await child.Context.CloseAsync();
        }

        var list = await browser.OpenAccessibleAsync(data.Page("links"), 390, "da", session);
        var rows = await list.Locator("table tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(row => [...row.cells].map(cell => cell.innerText))");
        Assert.Equal("Strandparken", Assert.Single(rows)[0]);
        Assert.Equal("Åben", rows[0][3]);
        Assert.Matches(@"^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$", rows[0][1]);
        await list.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-links-phone.png"), FullPage = true });
        await list.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Lukker skal være en dato og et klokkeslæt (dansk tid) efter åbningen og i fremtiden.")]
    [InlineData("en", "Closes must be a date and a time (Danish time) after the opening and in the future.")]
    public async Task A_link_that_closes_before_it_opens_is_refused_beside_the_field_and_the_typed_times_are_kept(string language, string problem)
    {
        var data = await CollectionPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);
        var page = await browser.OpenAsync(data.Page("links"), 390, language, session);

        await page.Locator("#link-opens").FillAsync("2030-05-10T09:00");
        await page.Locator("#link-closes").FillAsync("2030-05-01T09:00");
        await page.Locator("form[aria-labelledby=new-link-heading] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveTextAsync(problem);
        await Assertions.Expect(page.Locator("#link-closes")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#link-opens")).ToHaveValueAsync("2030-05-10T09:00");
        await Assertions.Expect(page.Locator("#link-closes")).ToHaveValueAsync("2030-05-01T09:00");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_the_links_without_the_form_and_their_crafted_post_is_refused_and_makes_no_link()
    {
        var data = await CollectionPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var session = await data.SessionAsync(PlatformRole.Viewer);
        var page = await browser.OpenAccessibleAsync(data.Page("links"), 390, "da", session);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Opret link" })).ToHaveCountAsync(0);

        var answer = await page.PostAsync("new-link", new Dictionary<string, string>
        {
            ["area"] = "",
            ["opens"] = "2030-05-01T09:00",
            ["closes"] = "2030-05-10T09:00",
        });

        Assert.Equal(403, answer.Status);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Der er ingen links til undersøgelsen endnu.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_person_of_another_municipality_cannot_open_the_links_or_a_class_sheet()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var data = await CollectionPagesData.StartAsync(platform, other, own);
        var link = await data.LinkAsync();
        var session = await data.SessionAsync(PlatformRole.MunicipalityCoordinator, own);

        foreach (var path in new[] { "links", $"links/{link.Token}/sheet" })
        {
            var page = await browser.OpenAccessibleAsync(data.Page(path), 390, "da", session);
            Assert.Equal(403, (await page.ReloadAsync())!.Status);
            Assert.DoesNotContain("Trivsel i 3. klasse", await page.ContentAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }
    }
}
