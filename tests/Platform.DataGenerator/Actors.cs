using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.DataGenerator;

/// <summary>
/// Imports actors through the actor mapping's CSV import, a municipality's share per call (at most
/// <see cref="RowsPerCall"/> rows), spread over sectors, categories, themes and the seed's local areas. Rows that exist
/// already (a second run) are left out by the import itself, so seeding twice adds nothing twice.
/// </summary>
public static class Actors
{
    public const int RowsPerCall = 10_000;
    private static readonly string[] Sectors = ["kommunal", "civilsamfund", "privat", "familier og børn"];
    private static readonly string[] Categories = ["dagtilbud", "skole", "bibliotek", "forening", "sundhed"];
    private static readonly string[] Themes = ["physical-activity", "food-and-meals", "sleep", "screen-habits", "mental-well-being"];
    private static readonly string[] AgeGroups = ["0-2", "3-5", "6-10", "11-15"];

    public static async Task<int> ImportAsync(GrpcChannel channel, CallOptions admin, IReadOnlyList<SeedMunicipality> municipalities, int count, SeedProgress progress)
    {
        var client = new ActorService.ActorServiceClient(channel);
        var calls = Enumerable.Range(0, municipalities.Count)
            .SelectMany(m => Chunks(Enumerable.Range(0, count).Where(i => i % municipalities.Count == m).ToList()).Select(rows => (Index: m, Rows: rows)))
            .ToList();
        var imported = 0;
        // SQLite has one writer: two calls at a time keep it busy without queueing behind each other.
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (call, cancellationToken) =>
        {
            var response = await client.ImportActorsAsync(new ImportActorsRequest
            {
                MunicipalityCode = municipalities[call.Index].Code,
                Csv = ByteString.CopyFrom(Csv(call.Rows), Encoding.UTF8),
                ValidRowsOnly = true,
            }, admin.WithCancellationToken(cancellationToken));
            Interlocked.Add(ref imported, response.Imported);
            progress.Add(call.Rows.Count);
        });
        return imported;
    }

    private static IEnumerable<List<int>> Chunks(List<int> rows) =>
        Enumerable.Range(0, (rows.Count + RowsPerCall - 1) / RowsPerCall).Select(c => rows.Skip(c * RowsPerCall).Take(RowsPerCall).ToList());

    private static string Csv(IEnumerable<int> rows)
    {
        var csv = new StringBuilder("Navn;Sektor;Kategori;Temaer;Aldersgrupper;Lokalområde\n");
        foreach (var i in rows)
        {
            var area = i % (Municipalities.LocalAreaNames.Length + 1);
            csv.Append("Aktør ").Append(i).Append(';').Append(Sectors[i % Sectors.Length]).Append(';')
                .Append(Categories[i / 7 % Categories.Length]).Append(';').Append(Themes[i / 3 % Themes.Length]).Append(';')
                .Append(AgeGroups[i / 11 % AgeGroups.Length]).Append(';')
                .Append(area < Municipalities.LocalAreaNames.Length ? Municipalities.LocalAreaNames[area] : "").Append('\n');
        }

        return csv.ToString();
    }
}
