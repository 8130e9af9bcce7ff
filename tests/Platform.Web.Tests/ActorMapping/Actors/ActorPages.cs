using System.Text;
using Google.Protobuf;
using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Web.Tests.ActorMapping.Actors;

/// <summary>A municipality's actors as the page tests set them up, through the module's and the core's gRPC services.</summary>
internal static class ActorPages
{
    public static Uri List(TestPlatform platform, string code, string query = "") => new(platform.WebAddress, $"/m/actor-mapping/{code}/actors{query}");

    public static Uri New(TestPlatform platform, string code) => new(platform.WebAddress, $"/m/actor-mapping/{code}/actors/new");

    public static Uri Edit(TestPlatform platform, string code, string id) => new(platform.WebAddress, $"/m/actor-mapping/{code}/actors/{id}/edit");

    public static Uri Import(TestPlatform platform, string code) => new(platform.WebAddress, $"/m/actor-mapping/{code}/actors/import");

    public static ActorService.ActorServiceClient Client(TestPlatform platform) => new(platform.Channel);

    /// <summary>Chooses a CSV file with the given content in the import page's file field, as a person picks one.</summary>
    public static Task ChooseFileAsync(IPage page, string name, string csv) =>
        page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

    public static async Task<string> AddLocalAreaAsync(TestPlatform platform, string code, string name)
    {
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var before = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        var after = await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = name, ExpectedVersion = before.Version }, platform.AsAdmin());
        return after.LocalAreas.Single(area => area.Name == name).Id;
    }

    public static async Task<Actor> CreateAsync(TestPlatform platform, string code, string name, Sector sector = Sector.CivilSociety,
        string category = "forening", string[]? arenas = null, string[]? themes = null, string[]? ageGroups = null, string localAreaId = "",
        params ContactPerson[] contacts) =>
        await Client(platform).CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = code,
            Fields = new ActorFields
            {
                Name = name,
                Sector = sector,
                Category = category,
                Arenas = { arenas ?? ["school"] },
                Themes = { themes ?? ["physical-activity"] },
                AgeGroups = { ageGroups ?? ["6-10"] },
                LocalAreaId = localAreaId,
            },
            Contacts = { contacts },
        }, platform.AsAdmin());

    /// <summary>Many actors at once, through the CSV import.</summary>
    public static async Task ImportAsync(TestPlatform platform, string code, IEnumerable<string> names)
    {
        var csv = new StringBuilder("Navn;Sektor;Kategori\n");
        foreach (var name in names)
        {
            csv.Append(name).Append(";civilsamfund;forening\n");
        }

        await Client(platform).ImportActorsAsync(
            new ImportActorsRequest { MunicipalityCode = code, Csv = ByteString.CopyFromUtf8(csv.ToString()) }, platform.AsAdmin());
    }

    public static async Task<IReadOnlyList<Actor>> AllAsync(TestPlatform platform, string code) =>
        (await Client(platform).ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, PageSize = 500 }, platform.AsAdmin())).Actors;

    /// <summary>The names in the list page's table, in the order shown.</summary>
    public static Task<IReadOnlyList<string>> NamesAsync(IPage page) =>
        page.Locator("table tbody th").AllInnerTextsAsync();
}
