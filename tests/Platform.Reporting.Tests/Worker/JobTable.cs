using Npgsql;

namespace Platform.Reporting.Tests.Worker;

/// <summary>Reads the shared database the hosts work on, to see every job and every effect as they are stored.</summary>
public sealed class JobTable(string connectionString)
{
    private const int Succeeded = 3;
    private const int Running = 2;

    public Task<long> CountSucceededAsync() => ScalarAsync($"""select count(*) from jobs where "State" = {Succeeded}""");

    /// <summary>The lease owners of the jobs running now.</summary>
    public Task<List<string>> RunningOwnersAsync() =>
        ListAsync($"""select "LeaseOwner" from jobs where "State" = {Running} and "LeaseOwner" is not null""", r => r.GetString(0));

    /// <summary>The ids of the jobs running now under the lease of the given owner prefix.</summary>
    public Task<List<Guid>> RunningUnderAsync(string ownerPart) =>
        ListAsync($"""select "Id" from jobs where "State" = {Running} and "LeaseOwner" like '%' || @owner || '%'""",
            r => r.GetGuid(0), ("owner", ownerPart));

    public Task<List<(Guid Id, int State, int Attempts)>> JobsOfTypeAsync(string type) =>
        ListAsync("""select "Id", "State", "Attempts" from jobs where "Type" = @type""",
            r => (r.GetGuid(0), r.GetInt32(1), r.GetInt32(2)), ("type", type));

    /// <summary>The ids of the sample notes, the effect of the sample's work jobs.</summary>
    public Task<List<Guid>> NoteIdsAsync() => ListAsync("""select "Id" from sample_notes""", r => r.GetGuid(0));

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<T>> ListAsync<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
