namespace Platform.Events.Web.Events;

/// <summary>The addresses of the events pages of a municipality, and of the registrations, check-in and outcomes pages they link to.</summary>
internal static class EventAddresses
{
    public static string List(string code) => $"/m/events/{code}/events";

    /// <summary>The month calendar; <paramref name="month"/> as "2026-12".</summary>
    public static string Calendar(string code, string month) => $"/m/events/{code}/events?view=calendar&month={month}";

    public static string New(string code) => $"/m/events/{code}/events/new";

    public static string Event(string code, string id) => $"/m/events/{code}/events/{id}";

    public static string Edit(string code, string id) => $"/m/events/{code}/events/{id}/edit";

    public static string Poster(string code, string id) => $"/m/events/{code}/events/{id}/poster";

    public static string Registrations(string code, string id) => $"/m/events/{code}/events/{id}/registrations";

    public static string CheckIn(string code, string id) => $"/m/events/{code}/events/{id}/check-in";

    public static string Outcomes(string code, string id) => $"/m/events/{code}/events/{id}/outcomes";
}
