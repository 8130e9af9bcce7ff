using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Errors;
using Platform.Sdk.Web;
using Platform.Surveys.Collection;
using Platform.Surveys.Definitions.Languages;
using Platform.Surveys.Definitions;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Platform.Surveys.Web;

/// <summary>
/// The public answer page at <c>/surveys/a/{token}</c>, and at its short form's <c>/surveys/k/{short form}</c>, on the web port. Anonymous: the link token is the authority,
/// and the page reaches the survey only through the link's grain. A form post to <c>/a/{token}/answers</c> sends
/// the answers; the response id is fixed in the form, so sending the same form twice counts once. The post answers a
/// stored response with a redirect to <c>/a/{token}/thanks</c>, and the form's page may be kept by the browser (never
/// by a shared cache, as its response id is one person's): posting to another address leaves it in the browser's
/// cache, so Back after sending shows the same form with the same response id, and sending it again counts once.
/// </summary>
internal static class AnswerPageEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // The same pages below the token's address and below its short form's; every one links to the municipality's notices.
        foreach (var page in new[] { "/a/{token}", "/k/{token}" })
        {
            endpoints.MapGet(page, ShowAsync).AsPublicPage(SurveysModule.Id, MunicipalityCode);
            endpoints.MapPost($"{page}/{AnswersSegment}", SubmitAsync).DisableAntiforgery().AsPublicPage(SurveysModule.Id, MunicipalityCode);
            endpoints.MapGet($"{page}/{ThanksSegment}", ThanksAsync).AsPublicPage(SurveysModule.Id, MunicipalityCode);
        }
    }

    private const string AnswersSegment = "answers";

    private const string ThanksSegment = "thanks";

    private static async Task<IResult> ShowAsync(string token, HttpContext http, IGrainFactory grains, LinkAddresses addresses)
    {
        var texts = Texts(http.Request, PageLanguage.All);
        var view = (await FindAsync(token, grains, addresses))?.View;
        if (view is null)
        {
            return NotFound(texts);
        }

        if (view.SwitchedOff)
        {
            return SwitchedOff(texts);
        }

        if (!view.Open)
        {
            return PublicPage.Message(texts.Language, texts.ClosedTitle, texts.ClosedText).Result(StatusCodes.Status410Gone);
        }

        // Kept by this browser only, for Back: max-age 0, as a new visit should get a new response id.
        http.Response.Headers.CacheControl = "private, max-age=0";
        var definition = DefinitionJson.Read(view.DefinitionJson);
        return Form(definition, Texts(http.Request, SurveyLanguages.Offered(definition)), PagePath(http, token), Guid.NewGuid(),
            new Dictionary<string, string[]>(), new Dictionary<string, string>()).Result();
    }

    private static async Task<IResult> ThanksAsync(string token, HttpContext http, IGrainFactory grains, LinkAddresses addresses)
    {
        var texts = Texts(http.Request, PageLanguage.All);
        return await FindAsync(token, grains, addresses) is null
            ? NotFound(texts)
            : PublicPage.Message(texts.Language, texts.ThankYouTitle, texts.ThankYouText).Result();
    }

    private static async Task<IResult> SubmitAsync(string token, HttpContext http, IGrainFactory grains, LinkAddresses addresses)
    {
        var (form, refusal) = await PublicForms.ReadAsync(http);
        if (form is null)
        {
            return refusal!;
        }

        // The form's language is one the page offered.
        var texts = PageTexts.For(PageLanguage.For(form["lang"], PageLanguage.All));
        var found = await FindAsync(token, grains, addresses);
        if (found is null || !Guid.TryParse(form["response_id"], out var responseId))
        {
            return NotFound(texts);
        }

        var (grain, view) = found.Value;

        if (view.SwitchedOff)
        {
            return SwitchedOff(texts);
        }

        var definition = DefinitionJson.Read(view.DefinitionJson);
        var ageBand = AgeBandQuestion.BandsFor(definition.Audience).Count > 0 ? form[AgeBandQuestion.FieldName].ToString() : "";
        try
        {
            var outcome = await grain.SubmitAsync(new Submission(responseId, FormAnswers.Read(form, definition), ageBand));
            return outcome == SubmitOutcome.RateLimited
                ? PublicPage.Message(texts.Language, texts.BusyTitle, texts.BusyText).Result(StatusCodes.Status429TooManyRequests)
                : HttpResults.Redirect($"{PagePath(http, token)}/{ThanksSegment}?lang={texts.Language.Code}");
        }
        catch (PreconditionFailedException)
        {
            return PublicPage.Message(texts.Language, texts.ClosedTitle, texts.ClosedText).Result(StatusCodes.Status410Gone);
        }
        catch (InvalidInputException invalid)
        {
            var errors = invalid.Violations.Where(v => v.Field.StartsWith("answers.", StringComparison.Ordinal) || v.Field == AgeBandQuestion.FieldName)
                .GroupBy(v => v.Field.StartsWith("answers.", StringComparison.Ordinal) ? v.Field["answers.".Length..] : v.Field)
                .ToDictionary(g => g.Key, g => g.Any(v => v.Description == "is required") ? texts.MissingAnswer : texts.InvalidAnswer);
            var values = definition.Sections.SelectMany(s => s.Questions)
                .ToDictionary(q => q.Id, q => form[FormAnswers.FieldName(q)].Select(v => v ?? "").ToArray());
            values[AgeBandQuestion.FieldName] = [ageBand];
            return Form(definition, texts, PagePath(http, token), responseId, values, errors).Result(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The page's words in the language asked for (<c>?lang=</c>), else the browser's best, among those offered.</summary>
    private static PageTexts Texts(HttpRequest request, IReadOnlyList<PageLanguage> offered) =>
        PageTexts.For(PageLanguage.Choose(request.Query["lang"], request.GetTypedHeaders().AcceptLanguage, offered));

    private static PublicPage Form(SurveyDefinition definition, PageTexts texts, string pagePath, Guid responseId,
        IReadOnlyDictionary<string, string[]> values, IReadOnlyDictionary<string, string> errors) =>
        AnswerForm.Render(definition, texts, pagePath, $"{pagePath}/{AnswersSegment}", responseId, values, errors);

    /// <summary>
    /// The answer page's own address, long or short, as the person opened it (the part of the request's path up to the
    /// token): the form posts below it and the thanks are below it, so a child who typed the short form stays on it.
    /// </summary>
    private static string PagePath(HttpContext http, string token)
    {
        var path = http.Request.Path.Value ?? "";
        return path[..(path.IndexOf(token, StringComparison.Ordinal) + token.Length)];
    }

    /// <summary>The link's grain and what it shows, or null for an address (token or short form) no link has.</summary>
    private static async Task<(ICollectionLinkGrain Grain, LinkView View)?> FindAsync(string token, IGrainFactory grains, LinkAddresses addresses)
    {
        if (await addresses.GrainKeyAsync(token) is not { } key)
        {
            return null;
        }

        var grain = grains.GetGrain<ICollectionLinkGrain>(key);
        return await grain.ViewAsync() is { } view ? (grain, view) : null;
    }

    /// <summary>The municipality of an answer page, for the links to its notices: a token and its short form both start with its code.</summary>
    private static string? MunicipalityCode(HttpContext http) => http.GetRouteValue("token") is string { Length: >= 4 } token ? token[..4] : null;

    private static IResult NotFound(PageTexts texts) =>
        PublicPage.Message(texts.Language, texts.NotFoundTitle, texts.NotFoundText).Result(StatusCodes.Status404NotFound);

    /// <summary>The municipality has switched surveys off: a clear page, and nothing is stored.</summary>
    private static IResult SwitchedOff(PageTexts texts) =>
        PublicPage.Message(texts.Language, texts.SwitchedOffTitle, texts.SwitchedOffText).Result(StatusCodes.Status403Forbidden);
}
