namespace Platform.Sdk.Jobs;

/// <summary>The job being run.</summary>
/// <param name="JobId">Stable id of the job.</param>
/// <param name="Type">The job type the handler was registered for.</param>
/// <param name="MunicipalityCode">The tenant the job works for, if any.</param>
/// <param name="Payload">The payload given when the job was enqueued (JSON by convention).</param>
/// <param name="Attempt">1 on the first run, 2 on the first retry, and so on.</param>
/// <param name="ReportProgress">Records how far a long job has come (0–100), shown in the job list.</param>
public sealed record JobContext(
    Guid JobId,
    string Type,
    string? MunicipalityCode,
    string Payload,
    int Attempt,
    Func<int, CancellationToken, Task> ReportProgress);
