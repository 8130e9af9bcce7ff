using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Sdk.Web;

namespace Platform.Host.People;

/// <summary>
/// Signing in with a one-time link and signing out. The web application's sign-in page (Web/Pages/SignIn.razor) shows
/// the link's button and calls <see cref="RedeemAsync"/>; signing out is a POST with an antiforgery field, from the
/// header's button, and ends on the web application's signed-out page.
/// </summary>
internal static partial class SignInEndpoints
{
    private static readonly PageLanguage Language = PageLanguage.Danish;

    /// <summary>Where signing out sends the browser: a page that says so, in the web application.</summary>
    public const string SignedOutPath = "/signed-out";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return ExpiredForm();
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SignedOutPath, preserveMethod: false);
        }).AllowAnonymous();
    }

    /// <summary>
    /// Redeems the link's token (the sign-in page's button, whose antiforgery field the web application has checked)
    /// and, when it signs the person in, starts the session cookie.
    /// </summary>
    public static async Task<RedemptionOutcome> RedeemAsync(string token, HttpContext http, SignInLinks links, ILogger logger)
    {
        var redemption = await links.RedeemAsync(token, http.RequestAborted);
        if (redemption is not { Outcome: RedemptionOutcome.SignedIn, Person: { } person })
        {
            LogRefused(logger, redemption.Outcome);
            return redemption.Outcome;
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PersonSession.PrincipalOf(person));
        PersonSession.ApplyLanguage(http.Response, person);
        LogSignedIn(logger, person.Id);
        return RedemptionOutcome.SignedIn;
    }

    private static IResult ExpiredForm() => PublicPage.Message(Language, "Siden er forældet",
        "Formularen er forældet. Gå tilbage, genindlæs siden og prøv igen.").Result(StatusCodes.Status400BadRequest);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} signed in with a one-time link")]
    private static partial void LogSignedIn(ILogger logger, Guid personId);

    [LoggerMessage(LogLevel.Information, "A sign-in link was refused: {Outcome}")]
    private static partial void LogRefused(ILogger logger, RedemptionOutcome outcome);
}
