using System.Globalization;
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
