using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Errors;
using Platform.Sdk.Web;
using Platform.Surveys.Collection;
using Platform.Surveys.Definitions;

namespace Platform.Surveys.Web;

/// <summary>
/// The public answer page at <c>/surveys/a/{token}</c>, or its short form's <c>/surveys/k/{short form}</c>, on the web port. Anonymous: the link token is the authority,
/// and the page reaches the survey only through the link's grain. A form post sends the answers; the response id
/// is fixed in the form, so sending the same form twice counts once.
/// </summary>
internal static class AnswerPageEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // The same page at the token's address and at its short form's; the form posts back to the address it came from.
        foreach (var pattern in new[] { "/a/{token}", "/k/{token}" })
        {
            endpoints.MapGet(pattern, ShowAsync).AllowAnonymous().WithPublicNotices(SurveysModule.Id, MunicipalityCode);
            endpoints.MapPost(pattern, SubmitAsync).AllowAnonymous().DisableAntiforgery().WithPublicNotices(SurveysModule.Id, MunicipalityCode);
        }
    }

    private static async Task<IResult> ShowAsync(string token, string? lang, IGrainFactory grains, LinkAddresses addresses)
    {
        var texts = PageTexts.For(lang);
        var key = await addresses.GrainKeyAsync(token);
        var view = key is null ? null : await grains.GetGrain<ICollectionLinkGrain>(key).ViewAsync();
        if (view is null)
        {
            return PublicPage.Message(texts.Language, texts.NotFoundTitle, texts.NotFoundText).Result(StatusCodes.Status404NotFound);
        }

        if (view.SwitchedOff)
        {
            return SwitchedOff(texts);
        }

        return view.Open
            ? AnswerForm.Render(DefinitionJson.Read(view.DefinitionJson), texts, token, Guid.NewGuid(), new Dictionary<string, string[]>(), new Dictionary<string, string>()).Result()
            : PublicPage.Message(texts.Language, texts.ClosedTitle, texts.ClosedText).Result(StatusCodes.Status410Gone);
    }

    private static async Task<IResult> SubmitAsync(string token, HttpContext http, IGrainFactory grains, LinkAddresses addresses)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var texts = PageTexts.For(form["lang"]);
        var key = await addresses.GrainKeyAsync(token);
        var grain = key is null ? null : grains.GetGrain<ICollectionLinkGrain>(key);
        var view = grain is null ? null : await grain.ViewAsync();
        if (view is null || !Guid.TryParse(form["response_id"], out var responseId))
        {
            return PublicPage.Message(texts.Language, texts.NotFoundTitle, texts.NotFoundText).Result(StatusCodes.Status404NotFound);
        }

        if (view.SwitchedOff)
        {
            return SwitchedOff(texts);
        }

        var definition = DefinitionJson.Read(view.DefinitionJson);
        var ageBand = AgeBandQuestion.BandsFor(definition.Audience).Count > 0 ? form[AgeBandQuestion.FieldName].ToString() : "";
        try
        {
            var outcome = await grain!.SubmitAsync(new Submission(responseId, FormAnswers.Read(form, definition), ageBand));
            return outcome == SubmitOutcome.RateLimited
                ? PublicPage.Message(texts.Language, texts.BusyTitle, texts.BusyText).Result(StatusCodes.Status429TooManyRequests)
                : PublicPage.Message(texts.Language, texts.ThankYouTitle, texts.ThankYouText).Result();
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
            return AnswerForm.Render(definition, texts, token, responseId, values, errors).Result(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The municipality of an answer page, for the links to its notices: a token and its short form both start with its code.</summary>
    private static string? MunicipalityCode(HttpContext http) => http.GetRouteValue("token") is string { Length: >= 4 } token ? token[..4] : null;

    /// <summary>The municipality has switched surveys off: a clear page, and nothing is stored.</summary>
    private static IResult SwitchedOff(PageTexts texts) =>
        PublicPage.Message(texts.Language, texts.SwitchedOffTitle, texts.SwitchedOffText).Result(StatusCodes.Status403Forbidden);
}
