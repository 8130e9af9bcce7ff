namespace Platform.Sdk.Errors;

/// <summary>
/// A caller's mistake or a state the caller must resolve. The host maps each kind to its gRPC status with details;
/// any other exception is a fault of the platform and reaches the caller as INTERNAL with a correlation id only.
/// </summary>
[GenerateSerializer]
[Alias("platform.sdk.platform-exception")]
public abstract class PlatformException(string message) : Exception(message);
