namespace Platform.Surveys.Web.Links;

/// <summary>The addresses of a survey's collection pages, for their links and redirects.</summary>
internal static class CollectionAddresses
{
    private const string ModuleId = "surveys";

    public static string Surveys(string municipalityCode) => $"/m/{ModuleId}/{municipalityCode}/surveys";

    public static string Survey(string municipalityCode, string surveyId) => $"{Surveys(municipalityCode)}/{surveyId}";

    public static string Links(string municipalityCode, string surveyId) => Survey(municipalityCode, surveyId) + "/links";

    public static string Sheet(string municipalityCode, string surveyId, string token) => $"{Links(municipalityCode, surveyId)}/{token}/sheet";

    /// <summary>The QR code of a link's short form as a file, <c>svg</c> or <c>png</c>, from <see cref="QrEndpoints"/>.</summary>
    public static string Qr(string municipalityCode, string surveyId, string token, string format) =>
        $"/{ModuleId}/{municipalityCode}/surveys/{surveyId}/links/{token}/qr.{format}";

    public static string Paper(string municipalityCode, string surveyId) => Survey(municipalityCode, surveyId) + "/paper";

    public static string Results(string municipalityCode, string surveyId) => Survey(municipalityCode, surveyId) + "/results";

    public static string PartnershipResults(string partnershipId, string surveyId) => $"/m/{ModuleId}/partnership/{partnershipId}/surveys/{surveyId}/results";

    public const string Styles = "/m/surveys/assets/collection.css";
}
