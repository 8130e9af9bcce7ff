namespace Platform.Sdk.Errors;

/// <summary>Someone else changed the thing since the caller read it; read it again and retry.</summary>
[GenerateSerializer]
[Alias("platform.sdk.concurrency-conflict")]
public sealed class ConcurrencyConflictException(string message) : PlatformException(message);
