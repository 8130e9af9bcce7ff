namespace Platform.Reporting.Tests.Infrastructure;

/// <summary>A note of the known data set: where, by whom and when it was written.</summary>
public sealed record SeedNote(string MunicipalityCode, string AuthorEmail, DateTimeOffset CreatedAt);
