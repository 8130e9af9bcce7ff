namespace Platform.Host.Configuration;

/// <summary>
/// Token validation. Without an authority the host validates tokens signed with the local key in the data
/// directory (the embedded default; the admin CLI issues them). With an authority, its OpenID configuration is used.
/// </summary>
public sealed class AuthenticationOptions
{
    public string? Authority { get; set; }

    public string Audience { get; set; } = Platform.Identity.LocalTokenOptions.Audience;
}
