namespace Platform.Sdk.PersonalData;

/// <summary>Who a personal-data request is about, within one municipality: an e-mail address or a person's name.</summary>
public sealed record PersonReference(string MunicipalityCode, string? Email, string? Name);
