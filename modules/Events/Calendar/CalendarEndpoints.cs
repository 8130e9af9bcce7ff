using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Errors;

namespace Platform.Events.Calendar;

/// <summary>
/// The iCalendar feeds on the web port: <c>/events/calendar/municipality/{code}.ics?token=…</c> and
/// <c>/events/calendar/partnership/{id}.ics?token=…</c>. Anonymous (calendar programs send no bearer token): the
/// token is the key; a wrong or old token gets 404, as does a municipality or partnership that does not exist. A
/// municipality that switched the events module off gets 403 with a text saying so, in Danish and English. Any other
/// refusal gets the status the SDK gives its error (a malformed municipality code 400), without its message.
/// </summary>
internal static class CalendarEndpoints
{
    public const string SwitchedOff =
        "Kommunen har slået arrangementer fra, så kalenderen er ikke tilgængelig. / " +
        "The municipality has switched events off, so this calendar is not available.";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/municipality/{code}.ics", (string code, string? token, CalendarFeeds feeds, CancellationToken cancellationToken) =>
            FeedAsync(feeds, "municipality", code, token, $"Arrangementer {code}", cancellationToken)).AllowAnonymous();
        endpoints.MapGet("/calendar/partnership/{id}.ics", (string id, string? token, CalendarFeeds feeds, CancellationToken cancellationToken) =>
            FeedAsync(feeds, "partnership", id, token, $"Arrangementer {id}", cancellationToken)).AllowAnonymous();
    }

    private static async Task<IResult> FeedAsync(
        CalendarFeeds feeds, string kind, string key, string? token, string name, CancellationToken cancellationToken)
    {
        try
        {
            var events = await feeds.ReadAsync(kind, key, token, cancellationToken);
            return events is null
                ? Results.NotFound()
                : Results.Text(CalendarWriter.Write(name, events), "text/calendar; charset=utf-8");
        }
        catch (PreconditionFailedException)
        {
            return Results.Text(SwitchedOff, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
        catch (PlatformException refused)
        {
            return Results.StatusCode(HttpStatus.Of(refused));
        }
    }
}
