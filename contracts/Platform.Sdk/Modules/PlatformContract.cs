namespace Platform.Sdk.Modules;

/// <summary>The version of the module contract (this SDK and the core protos) the host offers.</summary>
public static class PlatformContract
{
    /// <summary>A module whose manifest names another contract version is not loaded.</summary>
    public const int Version = 1;
}
