using Platform.Events.Data;
using Platform.Events.Events;
using Platform.Sdk.Web;

namespace Platform.Events.SignUp;

/// <summary>
/// What a person signing up needs to know about the event, for the public pages and the confirmation e-mail alike:
/// when (Copenhagen time, with the weekday), where, the seats left, the description and the agenda.
/// </summary>
internal static class EventFacts
{
    public static string When(EventRecord record, SignUpTexts texts) =>
        DanishFormats.Period(CopenhagenTime.Local(record.Start), CopenhagenTime.Local(record.End), texts.Language);

    /// <summary>True when a new sign-up would join the waitlist.</summary>
    public static bool IsFull(EventRecord record) => record.WaitlistedSeats > 0 || (record.Capacity > 0 && record.SeatsTaken >= record.Capacity);

    /// <summary>"12 ledige pladser", or that the event is full; null for an event without a limit.</summary>
    public static string? Seats(EventRecord record, SignUpTexts texts)
    {
        var left = record.Capacity - record.SeatsTaken;
        return record.Capacity == 0 ? null
            : IsFull(record) ? texts.FullShort
            : left == 1 ? texts.OneSeatLeft
            : SignUpTexts.Fill(texts.SeatsLeft, DanishFormats.Number(left));
    }

    /// <summary>The facts as a description list, then the description's paragraphs and the agenda as a list.</summary>
    public static Html Section(EventRecord record, SignUpTexts texts, bool withSeats)
    {
        var venue = record.Venue.Length > 0 ? Html.Of($"<dt>{texts.Where}</dt><dd>{record.Venue}</dd>\n") : Html.Empty;
        var seats = withSeats && Seats(record, texts) is { } left ? Html.Of($"<dt>{texts.SeatsLabel}</dt><dd>{left}</dd>\n") : Html.Empty;
        var description = Paragraphs(record.Description).Select(p => Html.Of($"<p>{p}</p>\n"));
        var items = record.Agenda().ToList();
        var agenda = items.Count == 0 ? Html.Empty : Html.Of($"""
            <h2>{texts.Agenda}</h2>
            <ul class="agenda">
            {items.Select(item => Html.Of($"<li>{(item.Time.Length > 0 ? Html.Of($"<span class=\"time\">{item.Time}</span> ") : Html.Empty)}{item.Title}{(item.Description.Length > 0 ? Html.Of($"<br>{item.Description}") : Html.Empty)}</li>\n"))}</ul>

            """);
        return Html.Of($"""
            <dl>
            <dt>{texts.When}</dt><dd>{When(record, texts)}</dd>
            {venue}{seats}</dl>
            {description}{agenda}
            """);
    }

    /// <summary>The facts as plain text, for the e-mail.</summary>
    public static string Text(EventRecord record, SignUpTexts texts)
    {
        var lines = new List<string> { $"{texts.When}: {When(record, texts)}" };
        if (record.Venue.Length > 0)
        {
            lines.Add($"{texts.Where}: {record.Venue}");
        }

        lines.AddRange(Paragraphs(record.Description).Select(p => "\n" + p));
        var items = record.Agenda().ToList();
        if (items.Count > 0)
        {
            lines.Add($"\n{texts.Agenda}:");
            lines.AddRange(items.Select(item => $"- {(item.Time.Length > 0 ? item.Time + " " : "")}{item.Title}{(item.Description.Length > 0 ? ": " + item.Description : "")}"));
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
