using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Identity;
using Platform.Sdk.Web;

namespace Platform.Host.People;

/// <summary>
/// Signing in with a one-time link on the web port. Opening the link (GET) shows a button and changes nothing, so a
/// mail scanner that previews it does not use it up; the button POSTs, with an antiforgery token, and redeems it.
/// Success starts the session cookie and sends the browser to <c>/session</c>; signing out is a POST as well. The pages
/// are minimal, in the SDK's page frame; the web application's own pages replace them.
/// </summary>
internal static partial class SignInEndpoints
{
    private static readonly PageLanguage Language = PageLanguage.Danish;

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").AllowAnonymous().AddEndpointFilter(async (context, next) =>
        {
            // The link's token is in the address: no cache keeps it, and no page sends it on as a referrer.
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
            return await next(context);
        });
        pages.MapGet(SignInLinks.PathPrefix + "{token}", (string token, HttpContext http, IAntiforgery antiforgery) =>
            Page("Log ind", Html.Of($"""
                <h1>Log ind på Partnerskabsplatformen</h1>
                <p>Linket kan bruges én gang. Tryk på knappen for at logge ind.</p>
                <form method="post" action="{SignInLinks.PathPrefix + token}">{AntiforgeryField(http, antiforgery)}<button type="submit">Log ind</button></form>

                """)).Result());
        pages.MapPost(SignInLinks.PathPrefix + "{token}", RedeemAsync);
        pages.MapGet("/session", (HttpContext http, IAntiforgery antiforgery) => http.User.Identity?.IsAuthenticated == true
            ? Page("Logget ind", Html.Of($"""
                <h1>Du er logget ind</h1>
                <p>Logget ind som {http.User.FindFirstValue(PlatformClaimTypes.Name) ?? ""}.</p>
                <form method="post" action="/sign-out">{AntiforgeryField(http, antiforgery)}<button type="submit">Log ud</button></form>

                """)).Result()
            : PublicPage.Message(Language, "Ikke logget ind", "Du er ikke logget ind. Brug linket i din invitation.").Result());
        pages.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return ExpiredForm();
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return PublicPage.Message(Language, "Logget ud", "Du er logget ud.").Result();
        });
    }

    private static async Task<IResult> RedeemAsync(
        string token, HttpContext http, IAntiforgery antiforgery, SignInLinks links, ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ExpiredForm();
        }

        var redemption = await links.RedeemAsync(token, http.RequestAborted);
        var logger = loggers.CreateLogger(typeof(SignInEndpoints));
        if (redemption is not { Outcome: RedemptionOutcome.SignedIn, Person: { } person })
        {
            LogRefused(logger, redemption.Outcome);
            return redemption.Outcome switch
            {
                RedemptionOutcome.Expired => PublicPage.Message(Language, "Linket er udløbet",
                    "Linket er udløbet. Bed den, der inviterede dig, om et nyt link.").Result(StatusCodes.Status410Gone),
                RedemptionOutcome.Used => PublicPage.Message(Language, "Linket er brugt",
                    "Linket er allerede brugt, og det kan kun bruges én gang. Bed den, der inviterede dig, om et nyt link.").Result(StatusCodes.Status410Gone),
                _ => PublicPage.Message(Language, "Ukendt link",
                    "Linket findes ikke. Tjek, at du har hele linket med, eller bed om et nyt.").Result(StatusCodes.Status404NotFound),
            };
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(PlatformClaimTypes.Subject, PersonSubject.Of(person.Id)),
                .. person.DisplayName is { } name ? [new Claim(PlatformClaimTypes.Name, name)] : Array.Empty<Claim>(),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaimTypes.Name, null);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        LogSignedIn(logger, person.Id);
        return Results.Redirect("/session", preserveMethod: false);
    }

    private static Html AntiforgeryField(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    private static IResult ExpiredForm() => PublicPage.Message(Language, "Siden er forældet",
        "Formularen er forældet. Gå tilbage, genindlæs siden og prøv igen.").Result(StatusCodes.Status400BadRequest);

    private static PublicPage Page(string title, Html body) => new(Language, title, body);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} signed in with a one-time link")]
    private static partial void LogSignedIn(ILogger logger, Guid personId);

    [LoggerMessage(LogLevel.Information, "A sign-in link was refused: {Outcome}")]
    private static partial void LogRefused(ILogger logger, RedemptionOutcome outcome);
}
