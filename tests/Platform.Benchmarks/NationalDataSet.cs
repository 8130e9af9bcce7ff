using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Contracts.Core.V1;

namespace Platform.Benchmarks;

/// <summary>
/// Seeds a partnership of every Danish municipality: onboarding through gRPC (as an operator would), then notes of the
/// sample module written straight into its table, a fixed number per municipality spread over 2026's first two
/// quarters with a few hundred authors each (the people-count indicator). Deterministic: the same seed every run.
/// </summary>
public static class NationalDataSet
{
    public const string PartnershipId = "national";

    public static async Task<IReadOnlyList<string>> OnboardAllAsync(GrpcChannel channel, Metadata admin)
    {
        var municipalities = new MunicipalityService.MunicipalityServiceClient(channel);
        var partnerships = new PartnershipService.PartnershipServiceClient(channel);
        var codes = (await municipalities.ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), admin)).Municipalities.Select(m => m.Code).ToList();
        await partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = PartnershipId, Name = "Hele landet", CentreName = "Bench" }, admin);
        foreach (var code in codes)
        {
            await partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = PartnershipId, MunicipalityCode = code }, admin);
        }

        return codes;
    }

    public static void WriteNotes(string databaseFile, IReadOnlyList<string> codes, int notes)
    {
        var toStored = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();
        var random = new Random(7);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = (new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero) - start).Ticks;
        using var connection = new SqliteConnection($"Data Source={databaseFile}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """insert into sample_notes ("Id", "MunicipalityCode", "Text", "AuthorEmail", "CreatedAt") values ($id, $code, 'generated', $author, $at)""";
        var (id, code, author, at) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$code", SqliteType.Text),
            insert.Parameters.Add("$author", SqliteType.Text), insert.Parameters.Add("$at", SqliteType.Integer));
        for (var i = 0; i < notes; i++)
        {
            id.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            code.Value = codes[i % codes.Count];
            author.Value = $"author{random.Next(300)}@example.dk";
            at.Value = toStored(start.AddTicks((long)(random.NextDouble() * span)));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
