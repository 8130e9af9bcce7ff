namespace Platform.Identity;

/// <summary>Issuer and audience of tokens signed with the embedded default's local key.</summary>
public static class LocalTokenOptions
{
    public const string Issuer = "partnership-platform-local";
    public const string Audience = "partnership-platform";
    public const string SigningKeyFileName = "signing-key.json";
}
