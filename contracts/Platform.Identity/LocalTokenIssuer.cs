using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity;

/// <summary>Signs platform tokens with the local key (admin CLI, tests, benchmarks).</summary>
public sealed class LocalTokenIssuer(SecurityKey signingKey)
{
    public string Issue(string subject, IEnumerable<RoleGrant> grants, TimeSpan lifetime, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var claims = new List<Claim> { new(PlatformClaimTypes.Subject, subject) };
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            claims.Add(new Claim(PlatformClaimTypes.Name, displayName));
        }

        claims.AddRange(grants.Select(grant => new Claim(PlatformClaimTypes.Grant, grant.ToString())));
        var now = DateTime.UtcNow;
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
