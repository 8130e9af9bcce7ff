using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping.Actors;

/// <summary>The CSV import (a preview of every row's problems before anything is stored, then the import) and the export.</summary>
[Collection(ActorPagesCollection.Name)]
public sealed class ActorImportPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private const string WithBadRow =
        "Navn;Sektor;Kategori;Lokalområde;Indflydelse\n" +
        "Idrætsforeningen;civilsamfund;forening;Strandparken;4\n" +
        "Bageren;bager;butik;;9\n" +
        "Skolen;kommunal;skole;;\n";

    private readonly TestPlatform platform = shared.Platform;

    [Theory]
    [InlineData("da", "Række", "Sektor skal være en af: kommunal, civilsamfund, privat, familier og børn", "Indflydelse skal være et helt tal fra 1 til 5, eller tom", "Importér kun de 2 gyldige rækker")]
    [InlineData("en", "Row", "Sektor (sector) must be one of: kommunal, civilsamfund, privat, familier og børn", "Indflydelse (influence) must be a whole number from 1 to 5, or empty", "Import only the 2 valid rows")]
    public async Task A_file_with_a_bad_row_is_previewed_with_each_problem_by_row_and_column_in_the_persons_language_and_nothing_is_stored(
        string language, string rowHeader, string sector, string influence, string importValid)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await ActorPages.AddLocalAreaAsync(platform, code, "Strandparken");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var page = await browser.OpenAccessibleAsync(ActorPages.Import(platform, code), 390, language, session);

        await ActorPages.ChooseFileAsync(page, "aktoerer.csv", WithBadRow);
        await page.Locator("button[value=check]").ClickAsync();

        var problems = page.Locator("#preview-caption").Locator("xpath=..");
        await Assertions.Expect(problems.Locator("thead th").First).ToHaveTextAsync(rowHeader);
        var rows = await problems.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(row => [...row.cells].map(cell => cell.innerText))");
        Assert.Equal([["3", "Sektor", sector], ["3", "Indflydelse", influence]], rows);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = importValid })).ToBeVisibleAsync();
        Assert.Empty(await ActorPages.AllAsync(platform, code));
        await page.AssertNoAxeViolationsAsync();
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("actor-import-preview-phone.png"), FullPage = true });
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_fixes_the_bad_row_checks_again_and_imports_every_row_then_exports_them_as_csv()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await ActorPages.AddLocalAreaAsync(platform, code, "Strandparken");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var page = await browser.OpenAccessibleAsync(ActorPages.Import(platform, code), 1280, "da", session);
        await ActorPages.ChooseFileAsync(page, "aktoerer.csv", WithBadRow);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér filen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("2 fejl i 1 af 3 rækker. Intet er gemt.")).ToBeVisibleAsync();

        await ActorPages.ChooseFileAsync(page, "aktoerer-rettet.csv", WithBadRow.Replace("Bageren;bager;butik;;9", "Bageren;privat;butik;;3", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér filen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontrol af aktoerer-rettet.csv" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByText("Alle 3 rækker er i orden. Intet er gemt endnu.")).ToBeVisibleAsync();
        Assert.Empty(await ActorPages.AllAsync(platform, code));
        await page.GetByRole(AriaRole.Button, new() { Name = "Importér 3 aktører" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 aktører er importeret.");
        Assert.Equal(["Bageren", "Idrætsforeningen", "Skolen"], (await ActorPages.AllAsync(platform, code)).Select(actor => actor.Fields.Name));
        await page.GetByRole(AriaRole.Link, new() { Name = "Se aktørerne" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Hent som CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith($"aktoerer-{code}-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Idrætsforeningen;civilsamfund;forening;;;;Strandparken;;4;;identificeret", csv, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_or_has_unknown_columns_says_so_and_no_file_names_the_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var page = await browser.OpenAsync(ActorPages.Import(platform, code), 390, "da", session);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér filen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveTextAsync(
            "Filen kan ikke læses: vælg et regneark gemt som CSV UTF-8 med kolonnenavnene i første række");
        await Assertions.Expect(page.Locator("#import-file")).ToHaveAttributeAsync("aria-invalid", "true");

        await ActorPages.ChooseFileAsync(page, "forkert.csv", "Navn;Farve\nSkolen;rød\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér filen" }).ClickAsync();
        var rows = await page.Locator("#preview-caption").Locator("xpath=..").Locator("tbody tr")
            .EvaluateAllAsync<string[][]>("rows => rows.map(row => [...row.cells].map(cell => cell.innerText))");
        Assert.Contains(["1", "Farve", "Farve er ikke en kolonne i aktørlisten. Kolonnerne er: Navn; Sektor; Kategori; Arenaer; Aldersgrupper; Temaer; Lokalområde; Beskrivelse; Indflydelse; Interesse; Stadie; Kontaktperson; Kontaktperson rolle; Kontaktperson e-mail; Kontaktperson telefon"], rows);
        Assert.Contains(["1", "Sektor", "Kolonnen Sektor mangler; den skal være med"], rows);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importér" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
