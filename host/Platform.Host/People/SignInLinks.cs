using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Hosting;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;

namespace Platform.Host.People;

/// <summary>
/// One-time sign-in links: a token of 256 random bits in the link, its SHA-256 hash in the database. Redeeming marks
/// the link used in one conditional update, so of two redeemers on any hosts exactly one signs in.
/// </summary>
internal sealed class SignInLinks(
    ModelContextFactory<PlatformDbContext> database,
    IOptions<PeopleOptions> options,
    PlatformEndpoints endpoints,
    TimeProvider clock)
{
    public const string PathPrefix = "/sign-in/";

    /// <summary>
    /// Adds a link for the person to <paramref name="db"/> (saved with the caller's changes); returns it and when it
    /// expires. A <paramref name="returnUrl"/> (a path on this site) is where signing in with the link ends.
    /// </summary>
    public (Uri Link, DateTimeOffset ExpiresAt) Add(PlatformDbContext db, Guid personId, string? returnUrl = null)
    {
        var token = RandomNumberGenerator.GetBytes(32);
        var now = clock.GetUtcNow();
        var expiresAt = now + options.Value.InvitationLifetime;
        db.Invitations.Add(new InvitationRecord
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            TokenHash = SHA256.HashData(token),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        });
        var root = options.Value.PublicWebAddress ?? endpoints.Web;
        var query = returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl);
        return (new Uri(root, PathPrefix + Base64Url.EncodeToString(token) + query), expiresAt);
    }

    public async Task<Redemption> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        if (!TryHash(token, out var hash))
        {
            return new Redemption(RedemptionOutcome.Unknown, null);
        }

        await using var db = database.Create();
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (invitation is null)
        {
            return new Redemption(RedemptionOutcome.Unknown, null);
        }

        if (invitation.UsedAt is not null)
        {
            return new Redemption(RedemptionOutcome.Used, null);
        }

        if (invitation.ExpiresAt <= now)
        {
            return new Redemption(RedemptionOutcome.Expired, null);
        }

        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return new Redemption(RedemptionOutcome.Used, null);
        }

        await db.People.Where(p => p.Id == invitation.PersonId && p.Status != PersonStatus.Active)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, PersonStatus.Active), cancellationToken);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == invitation.PersonId, cancellationToken);
        return new Redemption(RedemptionOutcome.SignedIn, person);
    }

    /// <summary>A link's token: 32 bytes in base64url. Anything else is no token.</summary>
    private static bool TryHash(string token, out byte[] hash)
    {
        Span<byte> bytes = stackalloc byte[33];
        var valid = token.Length == 43 && Base64Url.TryDecodeFromChars(token, bytes, out var length) && length == 32;
        hash = valid ? SHA256.HashData(bytes[..32]) : [];
        return valid;
    }
}

internal enum RedemptionOutcome
{
    SignedIn,
    Expired,
    Used,
    Unknown,
}

internal sealed record Redemption(RedemptionOutcome Outcome, PersonRecord? Person);
