using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Events.Data;
using Platform.Sdk.Errors;
using Platform.Sdk.Web;

namespace Platform.Events.SignUp;

/// <summary>
/// The public sign-up page of an event, <c>/events/signup/{code}/{event id}?token=…</c> on the web port. Anonymous:
/// the token is the key (a wrong or old one gets 404). The form posts back to the same address and registers through
/// the registration desk, so capacity, the waitlist, one registration per e-mail and closing at the start hold here
/// exactly as over gRPC. Sign-ups through one page are limited per minute (<see cref="SignUpPageGrain"/>); more get a
/// page asking to try again in a minute (429), and nothing is stored.
/// </summary>
internal static class SignUpEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/signup/{code}/{eventId}", ShowAsync).AllowAnonymous();
        endpoints.MapPost("/signup/{code}/{eventId}", SubmitAsync).AllowAnonymous().DisableAntiforgery();
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
        var form = await http.Request.ReadFormAsync(cancellationToken);
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
            var position = await links.RegisterAsync(record!, entry.ChosenGroup, entry.ToParticipant(), cancellationToken);
            return position is not { } waiting
                ? PublicPage.Message(texts.Language, texts.RegisteredTitle, string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Registered, record!.Title)).Result()
                : PublicPage.Message(texts.Language, texts.WaitlistedTitle, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    waiting.IsBand ? texts.WaitlistedNearFront : texts.Waitlisted, record!.Title, waiting.Value)).Result();
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
        catch (AlreadyExistsException)
        {
            errors["email"] = texts.DuplicateEmail;
        }
        catch (PreconditionFailedException)
        {
            return Closed(texts);
        }

        // Errors in the order of the form, so the summary and the focus follow it.
        var ordered = new[] { "name", "email", "organisation", "group" }.Where(errors.ContainsKey).ToDictionary(f => f, f => errors[f]);
        return SignUpForm.Render(record!, texts, SwitchHref(token!, texts), entry, ordered).Result(StatusCodes.Status400BadRequest);
    }

    /// <summary>The event, or the page that refuses the visit: 404 for a wrong address, 403 when events are switched off.</summary>
    private static async Task<(EventRecord? Record, IResult? Refusal)> FindAsync(
        SignUpLinks links, string code, string eventId, string? token, SignUpTexts texts, CancellationToken cancellationToken)
    {
        try
        {
            var record = await links.FindAsync(code, eventId, token, cancellationToken);
            return record is null
                ? (null, PublicPage.Message(texts.Language, texts.NotFoundTitle, texts.NotFound).Result(StatusCodes.Status404NotFound))
                : (record, null);
        }
        catch (PreconditionFailedException)
        {
            return (null, PublicPage.Message(texts.Language, texts.SwitchedOffTitle, texts.SwitchedOff).Result(StatusCodes.Status403Forbidden));
        }
    }

    private static IResult Closed(SignUpTexts texts) =>
        PublicPage.Message(texts.Language, texts.ClosedTitle, texts.Closed).Result(StatusCodes.Status410Gone);

    private static string SwitchHref(string token, SignUpTexts texts) => $"?token={Uri.EscapeDataString(token)}&lang={texts.Language.Other.Code}";
}
