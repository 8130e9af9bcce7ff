namespace Platform.Sdk.Errors;

/// <summary>The caller asks too often (a rate limit, e.g. of a public link); the message says when to try again.</summary>
[GenerateSerializer]
[Alias("platform.sdk.too-many-requests")]
public sealed class TooManyRequestsException(string message) : PlatformException(message);
