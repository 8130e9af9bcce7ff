using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Errors;
using Platform.Sdk.Web;

namespace Platform.Events.SignUp;

/// <summary>
/// The public sign-up page of an event, <c>/events/signup/{code}/{event id}?token=…</c> on the web port. Anonymous:
/// the token is the key (a wrong or old one gets 404). The form posts back to the same address and signs up through
/// the registration desk, so capacity, the waitlist, one registration per e-mail and closing at the start hold here
/// exactly as over gRPC. Every sign-up, new, repeated or waitlisted, gets the same "check your e-mail" page, so the
/// page tells no one whether an address is registered; the e-mail tells its owner. Sign-ups through one page are
/// limited per minute (<see cref="SignUpPageGrain"/>); more get a page asking to try again in a minute (429), and
/// nothing is stored. The cancel page, <c>/events/signup/{code}/cancel?token=…</c>, asks on GET and cancels on POST.
/// </summary>
internal static class SignUpEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Every page these answer with links to the privacy notice and accessibility statement in the event's municipality.
        endpoints.MapGet("/signup/{code}/{eventId}", ShowAsync).AsPublicPage(EventsModule.Id, PublicNotices.RouteCode);
        endpoints.MapPost("/signup/{code}/{eventId}", SubmitAsync).DisableAntiforgery().AsPublicPage(EventsModule.Id, PublicNotices.RouteCode);
        endpoints.MapGet("/signup/{code}/cancel", ShowCancelAsync).AsPublicPage(EventsModule.Id, PublicNotices.RouteCode);
        endpoints.MapPost("/signup/{code}/cancel", CancelAsync).DisableAntiforgery().AsPublicPage(EventsModule.Id, PublicNotices.RouteCode);
    }

    private static async Task<IResult> ShowAsync(
        string code, string eventId, string? token, string? lang, SignUpLinks links, TimeProvider clock, CancellationToken cancellationToken)
    {
        var texts = SignUpTexts.For(lang);
        var (record, refusal) = await FindAsync(links, code, eventId, token, texts, cancellationToken);
        return refusal ?? (clock.GetUtcNow() >= record!.Start
            ? Closed(texts)
            : SignUpForm.Render(record, texts, SwitchHref(token!, texts), SignUpEntry.Empty, new Dictionary<string, string>()).Result());
    }

    private static async Task<IResult> SubmitAsync(string code, string eventId, string? token, HttpContext http, SignUpLinks links, IGrainFactory grains)
    {
        var cancellationToken = http.RequestAborted;
        var (form, unreadable) = await PublicForms.ReadAsync(http);
        if (form is null)
        {
            return unreadable!;
        }

        var texts = SignUpTexts.For(form["lang"]);
        var (record, refusal) = await FindAsync(links, code, eventId, token, texts, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await grains.GetGrain<ISignUpPageGrain>($"{record!.MunicipalityCode}:{record.Id}").TryTakeSlotAsync())
        {
            return PublicPage.Message(texts.Language, texts.BusyTitle, texts.Busy).Result(StatusCodes.Status429TooManyRequests);
        }

        var entry = new SignUpEntry(form["name"].ToString(), form["email"].ToString(), form["organisation"].ToString(), form["group"].ToString());
        var errors = new Dictionary<string, string>();
        try
        {
            // The listener's own address, never the request's Host header, which whoever posts the form chooses.
            var listener = new UriBuilder(http.Request.Scheme, http.Connection.LocalIpAddress?.ToString(), http.Connection.LocalPort).Uri;
            await links.SignUpAsync(record, entry.ChosenGroup, entry.ToParticipant(), texts, listener, cancellationToken);
            // The same answer whether the address was new, registered already or waitlisted: the e-mail tells which.
            return PublicPage.Message(texts.Language, texts.ThanksTitle, SignUpTexts.Fill(texts.Thanks, record.Title)).Result();
        }
        catch (InvalidInputException invalid)
        {
            foreach (var violation in invalid.Violations)
            {
                var (field, message) = violation.Field switch
                {
                    "participant.name" => ("name", violation.Description == "is required" ? texts.MissingName : texts.TooLong),
                    "participant.email" => ("email", texts.InvalidEmail),
                    "participant.organisation" => ("organisation", texts.TooLong),
                    _ => ("group", texts.MissingGroup),
                };
                errors.TryAdd(field, message);
            }
        }
        catch (PreconditionFailedException)
        {
            return Closed(texts);
        }

        // Errors in the order of the form, so the summary and the focus follow it.
        var ordered = new[] { "name", "email", "organisation", "group" }.Where(errors.ContainsKey).ToDictionary(f => f, f => errors[f]);
        return SignUpForm.Render(record!, texts, SwitchHref(token!, texts), entry, ordered).Result(StatusCodes.Status400BadRequest);
    }

    /// <summary>The cancel page of the registration behind the token: the event and a button; nothing changes until it is pressed.</summary>
    private static async Task<IResult> ShowCancelAsync(
        string code, string? token, string? lang, SignUpLinks links, TimeProvider clock, CancellationToken cancellationToken)
    {
        var texts = SignUpTexts.For(lang);
        var (found, refusal) = await FindCancellationAsync(links, clock, code, token, texts, cancellationToken);
        return refusal ?? SignUpForm.RenderCancel(found!.Event, texts, SwitchHref(token!, texts)).Result();
    }

    /// <summary>Cancels the registration behind the token through the registration desk, which promotes the waitlist.</summary>
    private static async Task<IResult> CancelAsync(string code, string? token, HttpContext http, SignUpLinks links, TimeProvider clock)
    {
        var cancellationToken = http.RequestAborted;
        var (form, unreadable) = await PublicForms.ReadAsync(http);
        if (form is null)
        {
            return unreadable!;
        }

        var texts = SignUpTexts.For(form["lang"]);
        var (found, refusal) = await FindCancellationAsync(links, clock, code, token, texts, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        try
        {
            await links.CancelAsync(found!, cancellationToken);
        }
        catch (PreconditionFailedException)
        {
            // Cancelled a moment ago, by another press of the button.
            return AlreadyCancelled(texts);
        }

        return PublicPage.Message(texts.Language, texts.CancelledTitle, SignUpTexts.Fill(texts.Cancelled, found!.Event.Title)).Result();
    }

    /// <summary>
    /// The registration behind a cancel link, or the page that refuses the visit: 404 for a wrong token, 410 for a
    /// registration cancelled already or an event that has begun (whose waitlist must not be promoted now), 403 when
    /// events are switched off.
    /// </summary>
    private static async Task<(Cancellation? Found, IResult? Refusal)> FindCancellationAsync(
        SignUpLinks links, TimeProvider clock, string code, string? token, SignUpTexts texts, CancellationToken cancellationToken)
    {
        try
        {
            var found = await links.FindCancellationAsync(code, token, cancellationToken);
            return found is null ? (null, NotFound(texts))
                : found.Registration.Status == RegistrationStatusValue.Cancelled ? (null, AlreadyCancelled(texts))
                : clock.GetUtcNow() >= found.Event.Start
                    ? (null, PublicPage.Message(texts.Language, texts.ClosedTitle, texts.CancelClosed).Result(StatusCodes.Status410Gone))
                : (found, null);
        }
        catch (PreconditionFailedException)
        {
            return (null, SwitchedOff(texts));
        }
    }

    /// <summary>The event, or the page that refuses the visit: 404 for a wrong address, 403 when events are switched off.</summary>
    private static async Task<(EventRecord? Record, IResult? Refusal)> FindAsync(
        SignUpLinks links, string code, string eventId, string? token, SignUpTexts texts, CancellationToken cancellationToken)
    {
        try
        {
            var record = await links.FindAsync(code, eventId, token, cancellationToken);
            return record is null ? (null, NotFound(texts)) : (record, null);
        }
        catch (PreconditionFailedException)
        {
            return (null, SwitchedOff(texts));
        }
    }

    private static IResult NotFound(SignUpTexts texts) =>
        PublicPage.Message(texts.Language, texts.NotFoundTitle, texts.NotFound).Result(StatusCodes.Status404NotFound);

    private static IResult SwitchedOff(SignUpTexts texts) =>
        PublicPage.Message(texts.Language, texts.SwitchedOffTitle, texts.SwitchedOff).Result(StatusCodes.Status403Forbidden);

    private static IResult AlreadyCancelled(SignUpTexts texts) =>
        PublicPage.Message(texts.Language, texts.AlreadyCancelledTitle, texts.AlreadyCancelled).Result(StatusCodes.Status410Gone);

    private static IResult Closed(SignUpTexts texts) =>
        PublicPage.Message(texts.Language, texts.ClosedTitle, texts.Closed).Result(StatusCodes.Status410Gone);

    private static string SwitchHref(string token, SignUpTexts texts) => $"?token={Uri.EscapeDataString(token)}&lang={texts.Language.Other.Code}";
}
