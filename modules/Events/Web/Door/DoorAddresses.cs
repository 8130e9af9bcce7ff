namespace Platform.Events.Web.Door;

/// <summary>The addresses of the door and outcome pages.</summary>
internal static class DoorAddresses
{
    public static string Event(string code, string eventId) => $"/m/events/{code}/events/{eventId}";

    public static string Registrations(string code, string eventId) => $"{Event(code, eventId)}/registrations";

    public static string CheckIn(string code, string eventId) => $"{Event(code, eventId)}/check-in";

    public static string Outcomes(string code, string eventId) => $"{Event(code, eventId)}/outcomes";

    public static string OutcomeSearch(string code) => $"/m/events/{code}/outcomes";

    /// <summary>A query string of the non-empty values, e.g. "?q=anna&amp;done=…", or "" when all are empty.</summary>
    public static string Query(params (string Name, string? Value)[] values)
    {
        var given = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}
