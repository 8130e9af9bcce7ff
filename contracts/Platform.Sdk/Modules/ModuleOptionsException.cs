namespace Platform.Sdk.Modules;

/// <summary>A module's settings are wrong: the host does not start, and the message names the key and what is wrong.</summary>
public sealed class ModuleOptionsException(string message, Exception? inner = null) : Exception(message, inner);
