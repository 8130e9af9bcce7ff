using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Host.Configuration;
using Platform.Sdk.Data;
using Platform.Sdk.Disclosure;

namespace Platform.Testing;

/// <summary>
/// The true cells behind published counts, read straight from the database of a test host: how many rows a filter
/// selects and the sum of their record keys. A test checks what is stored against the count it wrote, and what is
/// published against <see cref="DisclosureControl.Publish"/> of the stored cell.
/// </summary>
public static class StoredCells
{
    /// <summary>The cell of the rows of <paramref name="table"/> that <paramref name="where"/> selects (quote column names: <c>"SurveyId"</c>).</summary>
    public static async Task<PeopleCount> OfAsync(TestPlatform platform, string table, string where)
    {
        var database = Database(platform);
        await using DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT COUNT(*), COALESCE(SUM(CAST("RecordKey" AS BIGINT)), 0) FROM {table} WHERE {where}""";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return PeopleCount.FromKeySum(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)));
    }

    /// <summary>A GUID as a literal the host's database compares with its GUID columns.</summary>
    public static string Id(TestPlatform platform, string id) =>
        Database(platform).Provider == DatabaseProvider.Sqlite ? $"'{Guid.Parse(id).ToString().ToUpperInvariant()}'" : $"'{Guid.Parse(id)}'";

    private static DatabaseConnection Database(TestPlatform platform) =>
        platform.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.ResolveDatabase();
}
