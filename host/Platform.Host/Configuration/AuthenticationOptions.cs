using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Platform.Host.Configuration;

/// <summary>
/// Token validation. Without an authority the host validates tokens signed with the local key in the data
/// directory (the embedded default; the admin CLI issues them). With an authority, its OpenID configuration is used.
/// People sign in to the web application with one-time links, and with an organisation's login when
/// <see cref="OpenIdConnect"/> names an authority.
/// </summary>
public sealed class AuthenticationOptions : IValidatableObject
{
    public string? Authority { get; set; }

    public string Audience { get; set; } = Platform.Identity.LocalTokenOptions.Audience;

    /// <summary>
    /// The longest a token may be valid (its <c>exp</c> less its <c>iat</c>, else its <c>nbf</c>); a longer token is
    /// refused. Only tokens of a service account (<see cref="ServiceAccountMaximumTokenLifetime"/>) may last longer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan MaximumTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The longest a token of a partner system's service account may be valid.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "366.00:00:00")]
    public TimeSpan ServiceAccountMaximumTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    [Required]
    [ValidateObjectMembers]
    public OpenIdConnectOptions OpenIdConnect { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ServiceAccountMaximumTokenLifetime < MaximumTokenLifetime)
        {
            yield return new ValidationResult(
                $"Platform:Authentication:ServiceAccountMaximumTokenLifetime ({ServiceAccountMaximumTokenLifetime}) must not be shorter than Platform:Authentication:MaximumTokenLifetime ({MaximumTokenLifetime}).",
                [nameof(ServiceAccountMaximumTokenLifetime)]);
        }
    }
}

/// <summary>
/// Signing in to the web application with an external OpenID Connect authority (a municipality's Entra ID, or the
/// national context handler), section <c>Platform:Authentication:OpenIdConnect</c>. Off while <see cref="Authority"/>
/// is empty; when it is set, the client id, the secret and the button's name must be set too (checked at start).
/// </summary>
public sealed class OpenIdConnectOptions : IValidatableObject
{
    /// <summary>The authority's issuer address, e.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client's secret; give it through the environment (Platform__Authentication__OpenIdConnect__ClientSecret), not a file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The scopes asked for, separated by spaces (one string, as configuration binding would append to a list's
    /// defaults); <c>openid</c> and <c>email</c> are needed to match a person by e-mail address.
    /// </summary>
    public string Scopes { get; set; } = "openid email profile";

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The organisation's name on the start page's button, in Danish: "Log ind med {DisplayName}".</summary>
    public string? DisplayName { get; set; }

    /// <summary>The organisation's name in English; the Danish name when empty.</summary>
    public string? DisplayNameEnglish { get; set; }

    /// <summary>Whether the authority must be reached over HTTPS; only a test authority on loopback turns this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => Authority is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Authority is null)
        {
            yield break;
        }

        if (!Authority.IsAbsoluteUri || (RequireHttpsMetadata && Authority.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("The authority must be an absolute https:// address.", [nameof(Authority)]);
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("The client id is required when an authority is set.", [nameof(ClientId)]);
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult("The client secret is required when an authority is set.", [nameof(ClientSecret)]);
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            yield return new ValidationResult("The display name (the organisation's name on the sign-in button) is required when an authority is set.", [nameof(DisplayName)]);
        }

        if (!ScopeList.Contains("openid") || !ScopeList.Contains("email"))
        {
            yield return new ValidationResult("The scopes must include openid and email.", [nameof(Scopes)]);
        }
    }
}
