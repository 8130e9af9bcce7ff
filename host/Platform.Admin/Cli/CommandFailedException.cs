namespace Platform.Admin.Cli;

/// <summary>A command that cannot go on, with a sentence for the administrator that says what to do next.</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
