namespace Platform.Sdk.Errors;

/// <summary>The caller is authenticated but may not do this here.</summary>
[GenerateSerializer]
[Alias("platform.sdk.permission-denied")]
public sealed class PermissionDeniedException(string message) : PlatformException(message);
