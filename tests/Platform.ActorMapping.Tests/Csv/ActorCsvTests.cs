using System.Text;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Csv;

[Collection(PlatformCollection.Name)]
public sealed class ActorCsvTests(SharedPlatform shared)
{
    private const string Header = "Navn;Sektor;Kategori;Arenaer;Aldersgrupper;Temaer;Lokalområde;Beskrivelse;Indflydelse;Interesse;Stadie;Kontaktperson;Kontaktperson rolle;Kontaktperson e-mail;Kontaktperson telefon";

    private readonly TestPlatform platform = shared.Platform;

    private ActorService.ActorServiceClient Service => new(platform.Channel);

    [Fact]
    public async Task A_semicolon_separated_danish_spreadsheet_is_imported_with_areas_stages_lists_and_several_contact_persons()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var area = await LocalAreas.AddAsync(platform, code, "Ådalen");
        var csv = "\uFEFF" + Header + "\r\n"
            + "Spejderne i Ådalen;civilsamfund;forening;fritid, natur;6-10, 11-15;physical-activity;Ådalen;\"Møder hver tirsdag;\nogså i ferien\";4;5;aktiv partner;Karen Ø | Bo Å;Formand | Leder;karen@example.dk | bo@example.dk;\r\n"
            + "\r\n"
            + "Dagplejen;Kommunal;dagtilbud;dagpleje;0-2;sleep;;;;;;;;;\r\n";

        var result = await Import(code, csv);
        var actors = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin());

        Assert.Equal((2, 2), (result.Rows, result.Imported));
        var scouts = actors.Actors.Single(a => a.Fields.Name == "Spejderne i Ådalen");
        Assert.Equal(Sector.CivilSociety, scouts.Fields.Sector);
        Assert.Equal(["fritid", "natur"], scouts.Fields.Arenas);
        Assert.Equal(["6-10", "11-15"], scouts.Fields.AgeGroups);
        Assert.Equal(area, scouts.Fields.LocalAreaId);
        Assert.Equal("Møder hver tirsdag;\nogså i ferien", scouts.Fields.Description);
        Assert.Equal((4, 5), (scouts.Fields.Influence, scouts.Fields.Interest));
        Assert.Equal(MobilisationStage.ActivePartner, scouts.Stage);
        Assert.Equal(MobilisationStage.ActivePartner, Assert.Single(scouts.History).To);
        Assert.Equal([("Karen Ø", "Formand", "karen@example.dk"), ("Bo Å", "Leder", "bo@example.dk")], scouts.Contacts.Select(c => (c.Name, c.Role, c.Email)));
        Assert.Equal(MobilisationStage.Identified, actors.Actors.Single(a => a.Fields.Name == "Dagplejen").Stage);
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_every_row_and_column_unless_only_the_valid_rows_are_asked_for()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Findes allerede", category: "forening"));
        var csv = "Navn,Sektor,Kategori,Indflydelse,Kontaktperson,Kontaktperson e-mail,Lokalområde\n"
            + "Godt navn,privat,butik,,,,\n"
            + "Dårlig sektor,offentlig,skole,,,,\n"
            + ",kommunal,skole,9,,,\n"
            + "Findes allerede,civilsamfund,forening,,,,\n"
            + "Forkert mail,privat,butik,,Ib,ib-at-example,\n"
            + "Ukendt område,privat,butik,,,,Månen\n"
            + "Godt navn,privat,butik,,,,\n";

        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Import(code, csv));
        var named = failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        var before = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin());
        var partial = await Import(code, csv, validRowsOnly: true);
        var after = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin());

        Assert.Equal(["rows[3].Sektor", "rows[4].Navn", "rows[4].Indflydelse", "rows[5].Navn", "rows[6].Kontaktperson e-mail", "rows[7].Lokalområde", "rows[8].Navn"], named);
        Assert.Equal(1, before.TotalCount);
        Assert.Equal((7, 1), (partial.Rows, partial.Imported));
        Assert.Equal([3, 4, 4, 5, 6, 7, 8], partial.Errors.Select(e => e.Row));
        Assert.Equal(["Findes allerede", "Godt navn"], after.Actors.Select(a => a.Fields.Name));
    }

    [Fact]
    public async Task Validate_only_reports_every_error_and_imports_nothing_and_a_broken_file_says_what_to_do()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var rows = string.Concat(Enumerable.Range(1, 80).Select(i => $"Aktør {i};ukendt;forening\n"));

        var checkedOnly = await Import(code, "Navn;Sektor;Kategori\n" + rows, validateOnly: true);
        var tooMany = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Import(code, "Navn;Sektor;Kategori\n" + rows));
        var latin1 = Encoding.Latin1.GetBytes("Navn;Sektor;Kategori\nKøbmand;privat;butik\n");

        Assert.Equal((80, 0, 80), (checkedOnly.Rows, checkedOnly.Imported, checkedOnly.Errors.Count));
        Assert.Equal(51, tooMany.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Count);
        await RpcAssert.InvalidField("csv", () => Service.ImportActorsAsync(
            new ImportActorsRequest { MunicipalityCode = code, Csv = ByteString.CopyFrom(latin1) }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("rows[1].Adresse", () => Import(code, "Navn;Sektor;Kategori;Adresse\n"));
        await RpcAssert.InvalidField("rows[1].Kategori", () => Import(code, "Navn;Sektor\n"));
        var unclosed = await RpcAssert.InvalidField("csv", () => Import(code, "Navn;Sektor;Kategori\n\"Uafsluttet;privat;butik\n"));
        var strayQuote = await RpcAssert.InvalidField("csv", () => Import(code, "Navn;Sektor;Kategori\nKlub \"Bold\";privat;butik\n"));
        Assert.All(new[] { unclosed, strayQuote }, violation => Assert.Contains("quote", violation.Description, StringComparison.Ordinal));
        Assert.Contains("row 2", strayQuote.Description, StringComparison.Ordinal);
        Assert.Equal(0, (await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin())).TotalCount);
    }

    [Fact]
    public async Task An_export_imports_again_unchanged_and_partnership_staff_get_it_without_contact_persons()
    {
        var exporting = platform.MunicipalityCodes.Take();
        var importing = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, exporting, importing);
        await LocalAreas.AddAsync(platform, exporting, "Midtbyen");
        var midtbyenOfImporting = await LocalAreas.AddAsync(platform, importing, "Midtbyen");
        await Import(exporting, Header + "\n"
            + "\"Klub \"\"Sund\"\", Midtbyen\";civilsamfund;forening;hal;6-10;sleep;Midtbyen;\"Linje 1\nLinje 2\";2;3;engageret;Ida;Træner;ida@example.dk;+45 12345678\n"
            + "Bageren;privat;butik;;;;;;;;;;;;\n");

        var export = await Service.ExportActorsAsync(new ExportActorsRequest { MunicipalityCode = exporting, Delimiter = "," }, platform.AsAdmin());
        var staffExport = await Service.ExportActorsAsync(new ExportActorsRequest { MunicipalityCode = exporting },
            platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership)));
        var reimported = await Service.ImportActorsAsync(new ImportActorsRequest { MunicipalityCode = importing, Csv = export.Csv }, platform.AsAdmin());

        var original = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = exporting }, platform.AsAdmin());
        var copy = await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = importing }, platform.AsAdmin());
        Assert.Equal(2, reimported.Imported);
        Assert.Equal(original.Actors.Select(a => (a.Fields.Name, a.Fields.Description, a.Stage, a.Contacts.Count)), copy.Actors.Select(a => (a.Fields.Name, a.Fields.Description, a.Stage, a.Contacts.Count)));
        Assert.Equal(midtbyenOfImporting, copy.Actors.Single(a => a.Fields.Name.StartsWith("Klub")).Fields.LocalAreaId);
        Assert.Equal(original.Actors[1].Contacts, copy.Actors[1].Contacts);
        var staffText = Encoding.UTF8.GetString(staffExport.Csv.Span);
        Assert.StartsWith("\uFEFFNavn;Sektor;Kategori", staffText);
        Assert.DoesNotContain("Kontaktperson", staffText);
        Assert.DoesNotContain("ida@example.dk", staffText);
        Assert.Equal(2, staffExport.Rows);
    }

    [Fact]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_is_exported_as_text_and_stored_as_typed()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await Import(code, Header + "\n"
            + "@Klubben;civilsamfund;forening;;;;;\"=HYPERLINK(\"\"https://example.com\"\";\"\"Klik\"\")\";;;;Ida;Træner;;+45 12345678\n");

        var export = Encoding.UTF8.GetString((await Service.ExportActorsAsync(
            new ExportActorsRequest { MunicipalityCode = code }, platform.AsAdmin())).Csv.Span).Split("\r\n");

        var stored = (await Service.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, platform.AsAdmin())).Actors.Single();
        Assert.Equal(("@Klubben", "=HYPERLINK(\"https://example.com\";\"Klik\")", "+45 12345678"),
            (stored.Fields.Name, stored.Fields.Description, stored.Contacts.Single().Phone));
        Assert.StartsWith("'@Klubben;", export[1], StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"https://example.com\"\";\"\"Klik\"\")\";", export[1], StringComparison.Ordinal);
        Assert.EndsWith(";'+45 12345678", export[1], StringComparison.Ordinal);
    }

    private Task<ImportActorsResponse> Import(string code, string csv, bool validRowsOnly = false, bool validateOnly = false) =>
        Service.ImportActorsAsync(new ImportActorsRequest
        {
            MunicipalityCode = code,
            Csv = ByteString.CopyFromUtf8(csv),
            ValidRowsOnly = validRowsOnly,
            ValidateOnly = validateOnly,
        }, platform.AsAdmin()).ResponseAsync;
}
