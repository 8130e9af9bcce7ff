using System.Diagnostics;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.Benchmarks;

/// <summary>
/// The actor mapping at a municipality's full scale: spreadsheets of 10,000 actors imported until 50,000 are
/// stored, then a filtered listing over all of them.
/// </summary>
public static class ActorMappingBenchmark
{
    private const int RowsPerFile = 10_000;
    private const int Files = 5;

    private static readonly string[] Sectors = ["kommunal", "civilsamfund", "privat", "familier og børn"];
    private static readonly string[] Categories = ["dagtilbud", "skole", "bibliotek", "forening", "butik", "arbejdsplads"];
    private static readonly string[] Arenas = ["daycare", "school", "library", "leisure-and-culture", "sports-hall", "housing-area"];
    private static readonly string[] Themes = ["physical-activity", "food-and-meals", "sleep", "screen-habits", "mental-well-being"];
    private static readonly string[] AgeGroups = ["0-2", "3-5", "6-10", "11-15", "16-18+"];

    public static async Task RunAsync(GrpcChannel channel, Metadata admin, string municipalityCode, Func<Func<Task>, int, Task<double>> load, Action<string, double, string> report)
    {
        var actors = new ActorService.ActorServiceClient(channel);
        var rates = new List<double>();
        for (var file = 0; file < Files; file++)
        {
            var csv = ByteString.CopyFrom(Spreadsheet(file));
            var stopwatch = Stopwatch.StartNew();
            var result = await actors.ImportActorsAsync(new ImportActorsRequest { MunicipalityCode = municipalityCode, Csv = csv }, admin);
            rates.Add(result.Imported / stopwatch.Elapsed.TotalSeconds);
            Console.WriteLine($"  import {file + 1}/{Files}: {result.Imported:N0} rows ({csv.Length / 1024.0 / 1024.0:0.0} MB) in {stopwatch.Elapsed.TotalSeconds:0.00} s");
        }

        report($"CSV import, {RowsPerFile:N0} rows (median of {Files})", rates.Order().ElementAt(Files / 2), "rows/s");
        var filtered = new ListActorsRequest { MunicipalityCode = municipalityCode, Theme = "sleep", Sector = Sector.CivilSociety, Text = "aktør 1", PageSize = 50 };
        var matches = (await actors.ListActorsAsync(filtered, admin)).TotalCount;
        Console.WriteLine($"  listing filter: theme, sector and text over {RowsPerFile * Files:N0} actors; {matches:N0} match, 50 a page");
        report($"Filtered listing over {RowsPerFile * Files:N0} actors", await load(() => actors.ListActorsAsync(filtered, admin).ResponseAsync, 8), "calls/s");
        var firstPage = new ListActorsRequest { MunicipalityCode = municipalityCode, PageSize = 50 };
        report($"Unfiltered first page over {RowsPerFile * Files:N0} actors", await load(() => actors.ListActorsAsync(firstPage, admin).ResponseAsync, 8), "calls/s");
    }

    private static byte[] Spreadsheet(int file)
    {
        var text = new StringBuilder("Navn;Sektor;Kategori;Arenaer;Aldersgrupper;Temaer;Beskrivelse;Indflydelse;Interesse;Kontaktperson;Kontaktperson e-mail\r\n");
        for (var i = 0; i < RowsPerFile; i++)
        {
            var n = file * RowsPerFile + i;
            text.Append($"Aktør {n};{Sectors[n % Sectors.Length]};{Categories[n % Categories.Length]};")
                .Append($"{Arenas[n % Arenas.Length]}, {Arenas[(n / 7) % Arenas.Length]};{AgeGroups[n % AgeGroups.Length]};")
                .Append($"{Themes[n % Themes.Length]}, {Themes[(n / 3) % Themes.Length]};Beskrivelse af aktør {n} i lokalsamfundet;")
                .Append($"{1 + n % 5};{1 + n / 5 % 5};Kontakt {n};kontakt{n}@example.dk\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
