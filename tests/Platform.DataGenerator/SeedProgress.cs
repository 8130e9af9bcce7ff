using System.Diagnostics;
using System.Globalization;

namespace Platform.DataGenerator;

/// <summary>Counts one kind of seeded item and prints the count and rate every few seconds while it runs, and at the end.</summary>
public sealed class SeedProgress : IDisposable
{
    private readonly string what;
    private readonly int total;
    private readonly TextWriter log;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private readonly Timer timer;
    private int done;

    public SeedProgress(string what, int total, TextWriter log)
    {
        (this.what, this.total, this.log) = (what, total, log);
        timer = new Timer(_ => Print(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    public TimeSpan Elapsed => stopwatch.Elapsed;

    public void Add(int count) => Interlocked.Add(ref done, count);

    public void Dispose()
    {
        timer.Dispose();
        Print();
    }

    private void Print()
    {
        var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001);
        var count = Volatile.Read(ref done);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {count:N0} / {total:N0} ({count / seconds:N0}/s, {seconds:0.0} s)"));
    }
}
