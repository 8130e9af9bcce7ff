namespace Platform.DataGenerator;

/// <summary>What one seeding run wrote (rows the host already had are not counted) and how long it took.</summary>
public sealed record SeedResult(IReadOnlyList<string> MunicipalityCodes, int Actors, int Events, int Registrations, int Answers, TimeSpan Elapsed);
