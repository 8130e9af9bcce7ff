namespace Platform.Host.Security;

/// <summary>A token whose signature holds but that the platform refuses; the message is what the caller is told (UNAUTHENTICATED).</summary>
internal sealed class RefusedTokenException(string message) : Exception(message);
