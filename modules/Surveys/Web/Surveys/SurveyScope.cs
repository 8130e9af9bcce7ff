using Microsoft.AspNetCore.Http;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Surveys.Web.Surveys;

/// <summary>
/// Whose surveys a page shows: a municipality's (<c>/m/surveys/{code}/surveys</c>) or a partnership's
/// (<c>/m/surveys/partnership/{id}/surveys</c>). The list, editor and preview are one piece of code for both; the scope
/// fills in the owner of every request to SurveyCatalogue and builds the pages' addresses.
/// </summary>
internal sealed record SurveyScope(string MunicipalityCode, string PartnershipId)
{
    public static SurveyScope Of(string? municipalityCode, string? partnershipId) =>
        string.IsNullOrEmpty(partnershipId) ? new(municipalityCode ?? "", "") : new("", partnershipId);

    public bool IsPartnership => PartnershipId.Length > 0;

    /// <summary>The pages' root: <c>/m/surveys/{code}</c> or <c>/m/surveys/partnership/{id}</c>.</summary>
    public string Root => IsPartnership ? $"/m/surveys/partnership/{Uri.EscapeDataString(PartnershipId)}" : $"/m/surveys/{Uri.EscapeDataString(MunicipalityCode)}";

    public string List => Root + "/surveys";

    public string Edit(string surveyId) => $"{List}/{Uri.EscapeDataString(surveyId)}/edit";

    public string Preview(string surveyId) => $"{List}/{Uri.EscapeDataString(surveyId)}/preview";

    /// <summary>The answer page drawn for the preview's frame, an endpoint of the module (<see cref="Editor.PreviewEndpoints"/>).</summary>
    public string PreviewFrame(string surveyId, string language) =>
        $"{List[2..]}/{Uri.EscapeDataString(surveyId)}/preview?lang={language}";

    /// <summary>The survey's collection links and class sheet (the results pages' part): a municipality's own.</summary>
    public string Links(string municipalityCode, string surveyId) => $"/m/surveys/{Uri.EscapeDataString(municipalityCode)}/surveys/{Uri.EscapeDataString(surveyId)}/links";

    public string Paper(string municipalityCode, string surveyId) => $"/m/surveys/{Uri.EscapeDataString(municipalityCode)}/surveys/{Uri.EscapeDataString(surveyId)}/paper";

    public string Results(string surveyId) => $"{List}/{Uri.EscapeDataString(surveyId)}/results";

    public GetSurveyRequest Get(string surveyId, int version = 0) =>
        new() { MunicipalityCode = MunicipalityCode, PartnershipId = PartnershipId, SurveyId = surveyId, Version = version };

    public ListSurveysRequest ListRequest() => new() { MunicipalityCode = MunicipalityCode, PartnershipId = PartnershipId };

    /// <summary>Whether a survey of the list is this scope's own (a municipality's list also shows its partnerships' surveys).</summary>
    public bool Owns(Survey survey) => IsPartnership ? survey.PartnershipId == PartnershipId : survey.PartnershipId.Length == 0;

    /// <summary>
    /// Whether the page shows its forms for changing surveys: to a municipality's members and coordinators, or a
    /// partnership's staff. On a form's submission they are always there, so the submission reaches SurveyCatalogue,
    /// which decides: a viewer's crafted post is refused there (403) and changes nothing.
    /// </summary>
    public async Task<bool> MayChangeAsync(ICallerContext caller, HttpContext http)
    {
        if (HttpMethods.IsPost(http.Request.Method))
        {
            return true;
        }

        if (!IsPartnership)
        {
            return await caller.GetAccessAsync(MunicipalityCode, http.RequestAborted) >= AccessLevel.Contribute;
        }

        try
        {
            await caller.RequirePartnershipRoleAsync(PartnershipId, PartnershipAccess.Manage, http.RequestAborted);
            return true;
        }
        catch (PermissionDeniedException)
        {
            return false;
        }
    }
}
