namespace Platform.Surveys.Data;

/// <summary>A version of a partnership's survey.</summary>
internal sealed class PartnershipSurveyVersionRecord : SurveyVersion;
