using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Configuration;

public sealed class AuditOptions
{
    /// <summary>How long an audit entry is kept before the workers delete it: at least 30 days, 2 years by default.</summary>
    [Range(typeof(TimeSpan), "30.00:00:00", "36500.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(730);
}
