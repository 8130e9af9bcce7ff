namespace Platform.Sdk.Jobs;

/// <summary>A job to run once.</summary>
/// <param name="Type">The job type; a module's handler must be registered for it.</param>
/// <param name="Payload">Data for the handler (JSON by convention).</param>
/// <param name="RunAt">When to run it; now or in the past runs it as soon as a worker is free.</param>
/// <param name="MunicipalityCode">The tenant the job works for, if any.</param>
/// <param name="DeduplicationKey">
/// Enqueuing twice with the same key makes one job; e.g. <c>close-survey:{surveyId}</c>.
/// </param>
/// <param name="MaxAttempts">Attempts before the job is marked failed.</param>
public sealed record JobRequest(
    string Type,
    string Payload,
    DateTimeOffset RunAt,
    string? MunicipalityCode = null,
    string? DeduplicationKey = null,
    int MaxAttempts = 5);
