using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Platform.Events;

/// <summary>
/// The module's settings, section <c>Platform:Modules:events</c>: when reminders go out, how long participants'
/// identities are kept after an event, the SMTP server notices are sent through, how long an outbox message may
/// wait for its send job before the sweep enqueues it, and how many sign-ups one event's public page takes a minute.
/// </summary>
public sealed record EventsOptions(
    TimeSpan ReminderLead,
    TimeSpan Retention,
    string SmtpHost,
    int SmtpPort,
    bool SmtpUseTls,
    string? SmtpUser,
    string? SmtpPassword,
    string SmtpFrom,
    TimeSpan OutboxGrace,
    int SignUpsPerMinute)
{
    public static EventsOptions From(IConfiguration configuration) => new(
        Duration(configuration["ReminderLead"], TimeSpan.FromHours(24)),
        Duration(configuration["Retention"], TimeSpan.FromDays(365)),
        configuration["Smtp:Host"] ?? "localhost",
        int.TryParse(configuration["Smtp:Port"], CultureInfo.InvariantCulture, out var port) ? port : 25,
        bool.TryParse(configuration["Smtp:UseTls"], out var tls) && tls,
        configuration["Smtp:User"],
        configuration["Smtp:Password"],
        configuration["Smtp:From"] ?? "events@platform.invalid",
        Positive(Duration(configuration["OutboxGrace"], TimeSpan.FromMinutes(2)), TimeSpan.FromMinutes(2)),
        int.TryParse(configuration["SignUpsPerMinute"], CultureInfo.InvariantCulture, out var signUps) && signUps > 0 ? signUps : 30);

    private static TimeSpan Positive(TimeSpan value, TimeSpan fallback) => value > TimeSpan.Zero ? value : fallback;

    private static TimeSpan Duration(string? text, TimeSpan fallback) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
