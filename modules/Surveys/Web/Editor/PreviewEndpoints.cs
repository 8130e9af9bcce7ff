using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Platform.Sdk.Errors;
using Platform.Sdk.Web;
using Platform.Surveys.Definitions.Languages;
using Platform.Surveys.Definitions;
using Platform.Surveys.Web.Surveys;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Platform.Surveys.Web.Editor;

/// <summary>
/// The preview's frame, <c>/surveys/{code}/surveys/{id}/preview</c> (and <c>/surveys/partnership/{id}/surveys/{id}/preview</c>):
/// the answer page as <see cref="AnswerForm"/> draws it for a link, of the newest version the signed-in person may read
/// (the draft, for its writers), read through SurveyCatalogue. Sending the form stores nothing: it answers with a page
/// that says so. Refusals come back as the matching HTTP status.
/// </summary>
internal static class PreviewEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{municipalityCode}/surveys/{surveyId}/preview", (string municipalityCode, string surveyId, string? lang, SurveyCatalogue catalogue, CancellationToken cancellationToken) =>
            ShowAsync(SurveyScope.Of(municipalityCode, null), surveyId, lang, catalogue, cancellationToken));
        endpoints.MapGet("/partnership/{partnershipId}/surveys/{surveyId}/preview", (string partnershipId, string surveyId, string? lang, SurveyCatalogue catalogue, CancellationToken cancellationToken) =>
            ShowAsync(SurveyScope.Of(null, partnershipId), surveyId, lang, catalogue, cancellationToken));
        // The preview's own answers go nowhere: no antiforgery token is needed, because nothing changes.
        endpoints.MapPost("/{municipalityCode}/surveys/{surveyId}/preview", (string municipalityCode, string surveyId, HttpContext http, SurveyCatalogue catalogue, IStringLocalizer<EditorPagesText> text) =>
            SentAsync(SurveyScope.Of(municipalityCode, null), surveyId, http, catalogue, text)).DisableAntiforgery();
        endpoints.MapPost("/partnership/{partnershipId}/surveys/{surveyId}/preview", (string partnershipId, string surveyId, HttpContext http, SurveyCatalogue catalogue, IStringLocalizer<EditorPagesText> text) =>
            SentAsync(SurveyScope.Of(null, partnershipId), surveyId, http, catalogue, text)).DisableAntiforgery();
    }

    private static async Task<IResult> ShowAsync(SurveyScope scope, string surveyId, string? lang, SurveyCatalogue catalogue, CancellationToken cancellationToken)
    {
        try
        {
            var survey = await catalogue.GetAsync(scope.Get(surveyId), cancellationToken);
            var texts = PageTexts.For(PageLanguage.For(lang, SurveyLanguages.Offered(survey.Definition)));
            var page = AnswerForm.Render(survey.Definition, texts, "preview", "preview", Guid.NewGuid(), new Dictionary<string, string[]>(), new Dictionary<string, string>());
            return Framed(page);
        }
        catch (PlatformException refused)
        {
            return HttpResults.Problem(refused.Message, statusCode: HttpStatus.Of(refused));
        }
    }

    private static async Task<IResult> SentAsync(SurveyScope scope, string surveyId, HttpContext http, SurveyCatalogue catalogue, IStringLocalizer<EditorPagesText> text)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        // The frame's language is the answer page's own (its form says it), not the signed-in pages' choice.
        var language = PageLanguage.For(form["lang"]);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == PageLanguage.English ? "en" : "da");
        try
        {
            // Read, so that a person who may not see the survey is refused here as well; nothing is stored.
            await catalogue.GetAsync(scope.Get(surveyId), http.RequestAborted);
        }
        catch (PlatformException refused)
        {
            return HttpResults.Problem(refused.Message, statusCode: HttpStatus.Of(refused));
        }

        string title = text["PreviewSentTitle"];
        var body = Html.Of($"<h1>{title}</h1>\n<p role=\"status\">{text["PreviewSentText"].Value}</p>\n<p><a href=\"preview?lang={language.Code}\">{text["PreviewAgain"].Value}</a></p>\n");
        return Framed(new PublicPage(language, title, body));
    }

    /// <summary>
    /// A page of the preview, drawn into the editor's frame: as its own HTML, not as a public page's answer (whose
    /// headers forbid any frame). In the frame, its main landmark sits inside the editor page's own: it is named, so
    /// the two differ.
    /// </summary>
    private static IResult Framed(PublicPage page) => HttpResults.Content(
        page.Render().Replace("<main id=\"main\">", $"<main id=\"main\" aria-label=\"{WebUtility.HtmlEncode(page.Title)}\">", StringComparison.Ordinal),
        "text/html; charset=utf-8", Encoding.UTF8);
}
