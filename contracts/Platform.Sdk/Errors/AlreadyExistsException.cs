namespace Platform.Sdk.Errors;

/// <summary>What the caller tries to create exists already.</summary>
[GenerateSerializer]
[Alias("platform.sdk.already-exists")]
public sealed class AlreadyExistsException(string message) : PlatformException(message);
