namespace Platform.Surveys.Data;

/// <summary>A version of a partnership's survey.</summary>
public sealed class PartnershipSurveyVersionRecord : SurveyVersion;
