namespace Platform.Identity;

/// <summary>The claim types of a platform token.</summary>
public static class PlatformClaimTypes
{
    /// <summary>One role grant per claim, in the form of <see cref="RoleGrant.ToString"/>.</summary>
    public const string Grant = "grant";

    /// <summary>The caller's stable id (a person's login or a partner system's client id).</summary>
    public const string Subject = "sub";

    public const string Name = "name";

    /// <summary>The id of the service account a partner system's token was issued to; the host refuses it once the account is revoked.</summary>
    public const string ServiceAccount = "service_account";
}
