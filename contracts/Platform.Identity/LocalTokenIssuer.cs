using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity;

/// <summary>Signs platform tokens with a local key, by default the signing key of a key set (admin CLI, tests, benchmarks).</summary>
public sealed class LocalTokenIssuer(SecurityKey signingKey, TimeProvider? time = null)
{
    public LocalTokenIssuer(SigningKeySet keys, TimeProvider? time = null)
        : this(keys.Signing.SecurityKey, time)
    {
    }

    /// <summary>A token; for a partner system's service account, <paramref name="serviceAccountId"/> goes into its <see cref="PlatformClaimTypes.ServiceAccount"/> claim.</summary>
    public string Issue(string subject, IEnumerable<RoleGrant> grants, TimeSpan lifetime, string? displayName = null, string? serviceAccountId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var claims = new List<Claim> { new(PlatformClaimTypes.Subject, subject) };
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            claims.Add(new Claim(PlatformClaimTypes.Name, displayName));
        }

        if (serviceAccountId is not null)
        {
            claims.Add(new Claim(PlatformClaimTypes.ServiceAccount, serviceAccountId));
        }

        claims.AddRange(grants.Select(grant => new Claim(PlatformClaimTypes.Grant, grant.ToString())));
        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = LocalTokenOptions.Issuer,
            Audience = LocalTokenOptions.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
