using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Benchmarks;

/// <summary>
/// The partnership report's main figures computed straight with SQL on the host's SQLite file, for the report's
/// quarter and the one before: actors by sector at each quarter's end, events held by type, local area and month, and
/// survey responses by local area. The same rows the report reads, without the platform between.
/// </summary>
public static class RawReportAggregates
{
    private const string Month = "strftime('%Y-%m', ((\"Start\" >> 11) - 621355968000000000) / 10000000, 'unixepoch')";
    private static readonly Func<DateTimeOffset, long> ToStored = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    /// <summary>Runs every query, reading every row, and returns the time taken and the number of rows read.</summary>
    public static (double Milliseconds, int Rows) Run(string databaseFile, ReportPeriod period)
    {
        var start = new DateTimeOffset(period.PreviousFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var previousEnd = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        (string Sql, (string Name, object Value)[] Parameters)[] queries =
        [
            ("""select "MunicipalityCode", "Sector", count(*) from am_actors where not "Archived" and "CreatedAt" < $end group by "MunicipalityCode", "Sector" """,
                [("$end", ToStored(previousEnd))]),
            ("""select "MunicipalityCode", "Sector", count(*) from am_actors where not "Archived" and "CreatedAt" < $end group by "MunicipalityCode", "Sector" """,
                [("$end", ToStored(end))]),
            ($"""select "MunicipalityCode", "Type", coalesce("LocalAreaId", ''), {Month} as m, count(*) from ev_events where "Start" >= $from and "Start" < $end group by "MunicipalityCode", "Type", coalesce("LocalAreaId", ''), m""",
                [("$from", ToStored(start)), ("$end", ToStored(end))]),
            ("""select "MunicipalityCode", "LocalAreaId", "Week" >= $current as q, count(*) from sv_responses where "Week" >= $from and "Week" <= $to group by "MunicipalityCode", "LocalAreaId", q""",
                [("$current", period.From.ToString("yyyy-MM-dd")), ("$from", period.PreviousFrom.ToString("yyyy-MM-dd")), ("$to", period.To.ToString("yyyy-MM-dd"))]),
        ];
        var stopwatch = Stopwatch.StartNew();
        var rows = 0;
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        foreach (var (sql, parameters) in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows++;
            }
        }

        return (stopwatch.Elapsed.TotalMilliseconds, rows);
    }
}
