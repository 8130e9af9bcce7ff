using System.ComponentModel.DataAnnotations;

namespace Platform.Events;

/// <summary>
/// The module's settings, section <c>Platform:Modules:events</c>, bound and checked at start (a wrong value stops the
/// start and names its key): when reminders go out, how long participants' identities are kept after an event, the
/// SMTP server notices are sent through, how long an outbox message may wait for its send job before the sweep
/// enqueues it, how many sign-ups one event's public page takes a minute, and the address the links in e-mails start with.
/// </summary>
internal sealed class EventsOptions
{
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);

    public SmtpOptions Smtp { get; set; } = new();

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OutboxGrace { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 10_000)]
    public int SignUpsPerMinute { get; set; } = 30;

    /// <summary>
    /// The address people reach the web port at (https://platform.example.dk/), for the cancel links in sign-up
    /// e-mails. Empty means the web listener's own address, which is right only for a host used on its own machine.
    /// </summary>
    public Uri? PublicWebAddress { get; set; }
}

/// <summary>The SMTP server notices go through (<c>Platform:Modules:events:Smtp</c>).</summary>
internal sealed class SmtpOptions
{
    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65_535)]
    public int Port { get; set; } = 25;

    /// <summary>Upgrade with STARTTLS (the default): notices carry names and e-mail addresses. Only a relay on the same machine or a test turns this off.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string From { get; set; } = "events@platform.invalid";
}
