using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Reporting.V1;

namespace Platform.Benchmarks;

/// <summary>
/// The partnership status report over the national data set, against the raw SQL aggregates that compute the same
/// figures straight from the tables (both quarters, every municipality), in the same run as the bare gRPC baseline.
/// </summary>
public static class ReportBenchmark
{
    private const int Runs = 3;

    public static async Task RunAsync(GrpcChannel channel, Metadata admin, string databaseFile, int notes, double bareCallMilliseconds)
    {
        var seeding = Stopwatch.StartNew();
        var codes = await NationalDataSet.OnboardAllAsync(channel, admin);
        NationalDataSet.WriteNotes(databaseFile, codes, notes);
        Console.WriteLine($"Report data set: {codes.Count} municipalities, {notes:N0} notes (sample module), seeded in {seeding.Elapsed.TotalSeconds:0.0} s");

        var reports = new ReportService.ReportServiceClient(channel);
        var request = new GeneratePartnershipReportRequest { PartnershipId = NationalDataSet.PartnershipId, Period = new Quarter { Year = 2026, Quarter_ = 2 } };
        var (reportMs, peakBytes, rows) = (double.MaxValue, 0L, 0);
        for (var run = 0; run < Runs; run++)
        {
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            using var sampling = new CancellationTokenSource();
            var peak = SamplePeakAsync(sampling.Token);
            var stopwatch = Stopwatch.StartNew();
            using var call = reports.GeneratePartnershipReport(request, admin);
            Report? report = null;
            await foreach (var message in call.ResponseStream.ReadAllAsync())
            {
                report = message.Report ?? report;
            }

            reportMs = Math.Min(reportMs, stopwatch.Elapsed.TotalMilliseconds);
            await sampling.CancelAsync();
            peakBytes = Math.Max(peakBytes, await peak - baseline);
            rows = report!.Sections.Sum(s => s.Indicators.Sum(i => i.Rows.Count));
        }

        var sqlMs = double.MaxValue;
        for (var run = 0; run < Runs; run++)
        {
            sqlMs = Math.Min(sqlMs, RawAggregateMilliseconds(databaseFile));
        }

        Console.WriteLine($"{"Partnership report, gRPC stream (best of 3)",-46} {reportMs,10:N0} ms {rows,8:N0} rows, peak managed heap +{peakBytes / (1 << 20):N0} MiB, {reportMs / bareCallMilliseconds:N0}x a bare call");
        Console.WriteLine($"{"Raw SQL aggregates, same figures (best of 3)",-46} {sqlMs,10:N0} ms; the report takes {reportMs / sqlMs:N1}x as long");
    }

    /// <summary>The report's figures in plain SQL: notes per municipality, notes per municipality and month, and distinct authors per quarter.</summary>
    private static double RawAggregateMilliseconds(string databaseFile)
    {
        const string Month = "strftime('%Y-%m', ((\"CreatedAt\" >> 11) - 621355968000000000) / 10000000, 'unixepoch')";
        string[] queries =
        [
            """select "MunicipalityCode", count(*) from sample_notes group by "MunicipalityCode" """,
            $"""select "MunicipalityCode", {Month} as m, count(*) from sample_notes where {Month} between '2026-01' and '2026-06' group by "MunicipalityCode", m""",
            $"""select "MunicipalityCode", {Month} between '2026-04' and '2026-06' as q2, count(distinct "AuthorEmail") from sample_notes where {Month} between '2026-01' and '2026-06' and "AuthorEmail" <> '' group by "MunicipalityCode", q2""",
        ];
        var stopwatch = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static async Task<long> SamplePeakAsync(CancellationToken stop)
    {
        var peak = 0L;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            await Task.Delay(5, CancellationToken.None);
        }

        return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
    }
}
