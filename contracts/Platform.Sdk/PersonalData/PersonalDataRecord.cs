namespace Platform.Sdk.PersonalData;

/// <summary>What one module holds about a person: a short description and the data as JSON.</summary>
public sealed record PersonalDataRecord(string Category, string Json);
