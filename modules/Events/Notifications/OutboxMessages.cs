using System.Globalization;
using Platform.Events.Calendar;
using Platform.Events.Data;

namespace Platform.Events.Notifications;

/// <summary>The e-mails the module sends, in Danish first and English second.</summary>
internal static class OutboxMessages
{
    public static OutboxMessageRecord Promoted(EventRecord record, RegistrationRecord registration, DateTimeOffset now) => Message(
        record, registration, now, $"promoted:{registration.Id}",
        $"Du har fået en plads / You have a seat: {record.Title}",
        $"Der er blevet en plads ledig, og du er nu tilmeldt \"{record.Title}\" {When(record)}.\n\n" +
        $"A seat became free and you are now registered for \"{record.Title}\" {When(record)}.");

    public static OutboxMessageRecord Reminder(EventRecord record, RegistrationRecord registration, DateTimeOffset now) => Message(
        record, registration, now, $"reminder:{registration.Id}:{record.Start.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
        $"Påmindelse / Reminder: {record.Title}",
        $"Husk \"{record.Title}\" {When(record)}.\n\nRemember \"{record.Title}\" {When(record)}.");

    /// <summary>
    /// The confirmation of a sign-up on an event's public page, with the event as an iCalendar attachment. Every sign-up
    /// gets one of its own, a repeated one too: it tells the address's owner their current status and cancel link.
    /// </summary>
    public static OutboxMessageRecord SignedUp(EventRecord record, RegistrationRecord registration, DateTimeOffset now, string subject, string body)
    {
        var id = Guid.NewGuid();
        return new()
        {
            Id = id,
            MunicipalityCode = record.MunicipalityCode,
            Key = $"signed-up:{id}",
            To = registration.Email!,
            Subject = subject,
            Body = body,
            Calendar = CalendarWriter.Write(record.Title, [record]),
            CreatedAt = now,
        };
    }

    private static OutboxMessageRecord Message(
        EventRecord record, RegistrationRecord registration, DateTimeOffset now, string key, string subject, string body) => new()
    {
        Id = Guid.NewGuid(),
        MunicipalityCode = record.MunicipalityCode,
        Key = key,
        To = registration.Email!,
        Subject = subject,
        Body = body + (record.Venue.Length > 0 ? $"\n\n{record.Venue}" : ""),
        CreatedAt = now,
    };

    private static string When(EventRecord record) =>
        CopenhagenTime.Local(record.Start).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (Europe/Copenhagen)";
}
