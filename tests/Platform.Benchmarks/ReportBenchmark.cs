using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Reporting.V1;
using Platform.DataGenerator;

namespace Platform.Benchmarks;

/// <summary>
/// The partnership status report over data seeded by the data generator's own code through the public contracts
/// (every municipality; actors, events and survey answers of the given size), against the raw SQL aggregates of the
/// same figures on the same SQLite file, in the same run as the bare gRPC baseline.
/// </summary>
public static class ReportBenchmark
{
    public const string PartnershipId = "national";
    private const int Runs = 3;

    public static async Task RunAsync(GrpcChannel channel, Metadata admin, string databaseFile, DataSetSize size, double bareCallMilliseconds)
    {
        var now = DateTimeOffset.UtcNow;
        Console.WriteLine($"Report data set: {size}, seeded through the generator:");
        var seeded = await NationalSeeder.SeedAsync(channel, new CallOptions(admin), PartnershipId, size, now, Console.Out);

        var period = ReportPeriod.LastWholeQuarterBefore(now);
        var reports = new ReportService.ReportServiceClient(channel);
        var request = new GeneratePartnershipReportRequest { PartnershipId = PartnershipId, Period = new Quarter { Year = period.Year, Quarter_ = period.Quarter } };
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

        var (sqlMs, sqlRows) = (double.MaxValue, 0);
        for (var run = 0; run < Runs; run++)
        {
            var (milliseconds, read) = RawReportAggregates.Run(databaseFile, period);
            (sqlMs, sqlRows) = (Math.Min(sqlMs, milliseconds), read);
        }

        Console.WriteLine($"Partnership report {period.Year} Q{period.Quarter} against Q{(period.Quarter == 1 ? 4 : period.Quarter - 1)}, {seeded.MunicipalityCodes.Count} municipalities:");
        Console.WriteLine($"{"Partnership report, gRPC stream (best of 3)",-46} {reportMs,10:N0} ms {rows,8:N0} rows, peak managed heap +{peakBytes / (1 << 20):N0} MiB, {reportMs / bareCallMilliseconds:N0}x a bare call");
        Console.WriteLine($"{"Raw SQL aggregates, same figures (best of 3)",-46} {sqlMs,10:N0} ms {sqlRows,8:N0} rows; the report takes {reportMs / sqlMs:N1}x as long");
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
