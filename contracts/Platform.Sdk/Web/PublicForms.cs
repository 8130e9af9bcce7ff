using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Platform.Sdk.Web;

/// <summary>
/// Reads the form a public page posts, and refuses a body that is not one as the visitor's mistake, never as a fault:
/// 415 for a body that is not a form (JSON, plain text), 413 for one over <see cref="MaxBodyBytes"/>, 400 for one
/// that is malformed or has more than <see cref="MaxFields"/> fields. The refusal is a page in the language of the
/// address (<c>?lang=</c>) that says what to do.
/// </summary>
public static class PublicForms
{
    /// <summary>The largest body a public form takes: far above any survey's answers or a sign-up.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The most fields a public form takes.</summary>
    public const int MaxFields = 1024;

    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = MaxFields, ValueLengthLimit = MaxBodyBytes, MultipartBodyLengthLimit = MaxBodyBytes, KeyLengthLimit = 256,
    };

    /// <summary>The posted form, or the page that refuses the body.</summary>
    public static async Task<(IFormCollection? Form, IResult? Refusal)> ReadAsync(HttpContext http)
    {
        var language = PublicNotices.LanguageFor(http.Request.Query["lang"]);
        if (!http.Request.HasFormContentType)
        {
            return (null, Refusal(language, StatusCodes.Status415UnsupportedMediaType));
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Refusal(language, StatusCodes.Status413PayloadTooLarge));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            return (await http.Request.ReadFormAsync(Limits, http.RequestAborted), null);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Refusal(language, StatusCodes.Status413PayloadTooLarge));
        }
        catch (Exception malformed) when (malformed is InvalidDataException or BadHttpRequestException)
        {
            return (null, Refusal(language, StatusCodes.Status400BadRequest));
        }
    }

    /// <summary>The page for a client over the host's rate limit for public pages (429, try again in a minute).</summary>
    public static IResult TooManyRequests(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return Refusal(PublicNotices.LanguageFor(http.Request.Query["lang"]), StatusCodes.Status429TooManyRequests);
    }

    private static IResult Refusal(PageLanguage language, int status)
    {
        var english = language == PageLanguage.English;
        var (title, text) = status switch
        {
            StatusCodes.Status429TooManyRequests => english
                ? ("Busy right now", "Many requests come from the same place right now. Wait a minute, then try again.")
                : ("Der er travlt lige nu", "Der kommer mange forespørgsler fra samme sted lige nu. Vent et minut, og prøv så igen."),
            StatusCodes.Status413PayloadTooLarge => english
                ? ("Too much was sent", "The answers are larger than the page takes. Make the texts shorter, go back and send again.")
                : ("Der blev sendt for meget", "Svarene fylder mere, end siden tager imod. Gør teksterne kortere, gå tilbage og send igen."),
            _ => english
                ? ("The page could not read what was sent", "Go back to the page and send the form from there again.")
                : ("Siden kunne ikke læse det sendte", "Gå tilbage til siden, og send formularen derfra igen."),
        };
        return PublicPage.Message(language, title, text).Result(status);
    }
}
