using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Host.Configuration;

namespace Platform.Testing;

/// <summary>
/// Everything a SQLite test host has stored, as one hash per table: equal before and after means nothing was written.
/// Rows are compared as sets, so the order a table returns them in does not matter.
/// </summary>
public static class StoredRows
{
    public static async Task<IReadOnlyDictionary<string, string>> HashPerTableAsync(TestPlatform platform, params string[] except)
    {
        var database = platform.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.ResolveDatabase();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Except(except, StringComparer.Ordinal))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    row.Append(reader.IsDBNull(column) ? "\u2400" : Convert.ToString(reader.GetValue(column) is byte[] bytes ? Convert.ToBase64String(bytes) : reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)).Append('\u241F');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            hashes[table] = $"{rows.Count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u241E', rows))))}";
        }

        return hashes;
    }
}
