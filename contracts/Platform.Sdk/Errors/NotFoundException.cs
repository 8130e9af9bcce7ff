namespace Platform.Sdk.Errors;

/// <summary>The thing asked for does not exist, or the caller may not know it exists.</summary>
[GenerateSerializer]
[Alias("platform.sdk.not-found")]
public sealed class NotFoundException(string message) : PlatformException(message);
