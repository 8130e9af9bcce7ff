namespace Platform.Admin.Cli;

/// <summary>What the CLI's exit code tells a script.</summary>
internal static class ExitCodes
{
    public const int Done = 0;

    /// <summary>The host refused the call or could not be reached, or a named thing does not exist.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: an unknown command, a missing argument, a value that does not parse.</summary>
    public const int Usage = 2;
}
