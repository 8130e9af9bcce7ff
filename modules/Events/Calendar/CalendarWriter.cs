using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Platform.Events.Data;

namespace Platform.Events.Calendar;

/// <summary>Writes events as an RFC 5545 calendar with times in Europe/Copenhagen (and its VTIMEZONE), via Ical.Net.</summary>
internal static class CalendarWriter
{
    public static string Write(string name, IEnumerable<EventRecord> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Partnership Platform//Events//DA", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", CopenhagenTime.ZoneId);
        calendar.AddTimeZone(new VTimeZone(CopenhagenTime.ZoneId));
        foreach (var record in events.OrderBy(e => e.Start).ThenBy(e => e.Id))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{record.Id}@events.platform",
                Summary = record.Title,
                Description = record.Description,
                Location = record.Venue,
                DtStart = new CalDateTime(CopenhagenTime.Local(record.Start), CopenhagenTime.ZoneId),
                DtEnd = new CalDateTime(CopenhagenTime.Local(record.End), CopenhagenTime.ZoneId),
                DtStamp = new CalDateTime(record.CreatedAt.UtcDateTime, CalDateTime.UtcTzId),
                Sequence = (int)Math.Min(record.Version, int.MaxValue),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
