namespace Platform.Surveys.Results;

/// <summary>
/// The answers one municipality collected to one survey: what a municipality's results show, and the parts a
/// partnership's results add up.
/// </summary>
internal sealed record ResultUnit(Guid SurveyId, string MunicipalityCode);
