using Platform.Testing;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>
/// One host for the events tests, sending its e-mail to an SMTP sink of its own. Reminders go out up to an hour
/// before an event, so a test can see one by creating an event that starts within the hour.
/// </summary>
public sealed class EventsPlatform : IAsyncLifetime
{
    public SmtpSink Mail { get; } = new();

    public TestPlatform Platform { get; private set; } = null!;

    public static string[] Settings(SmtpSink mail, params string[] more) =>
    [
        "--Platform:Modules:events:Smtp:Host=127.0.0.1",
        $"--Platform:Modules:events:Smtp:Port={mail.Port}",
        "--Platform:Modules:events:Smtp:From=events@example.dk",
        // The sink on loopback speaks plain SMTP; the module upgrades with STARTTLS by default.
        "--Platform:Modules:events:Smtp:UseTls=false",
        "--Platform:Modules:events:ReminderLead=01:00:00",
        .. more,
    ];

    public async Task InitializeAsync() => Platform = await TestPlatform.StartAsync(settings: Settings(Mail));

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
