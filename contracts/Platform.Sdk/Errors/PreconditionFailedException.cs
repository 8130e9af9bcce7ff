namespace Platform.Sdk.Errors;

/// <summary>The request is valid but the current state does not allow it (a closed survey, a module switched off).</summary>
[GenerateSerializer]
[Alias("platform.sdk.precondition-failed")]
public sealed class PreconditionFailedException(string message) : PlatformException(message);
