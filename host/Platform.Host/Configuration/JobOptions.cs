using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Configuration;

public sealed class JobOptions
{
    /// <summary>How often an idle worker looks for due jobs that other hosts enqueued.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed job is this host's; another host takes it over after that.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Backoff before the first retry; doubles with each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 64)]
    public int Concurrency { get; set; } = 2;

    /// <summary>The shortest time between two runs of a recurring schedule: a cron of every second would flood the queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MinimumScheduleInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a finished job (succeeded or failed) stays listed before the workers delete it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan FinishedJobRetention { get; set; } = TimeSpan.FromDays(30);
}
