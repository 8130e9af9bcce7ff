using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data;

/// <summary>The random tokens in the module's anonymous addresses (calendar feeds, sign-up pages): 256 bits, URL-safe.</summary>
internal static class AccessTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The current token stored under the id: made on first use, replaced when <paramref name="rotate"/> is set; a new
    /// token is stored as made <paramref name="now"/>.
    /// </summary>
    public static async Task<string> IssueAsync(EventsDb db, string id, bool rotate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (stored is null)
        {
            stored = new CalendarFeedRecord { Id = id, Token = New(), CreatedAt = now };
            db.CalendarFeeds.Add(stored);
        }
        else if (rotate)
        {
            stored.Token = New();
            stored.CreatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return stored.Token;
    }

    /// <summary>Whether the given token is the current one, compared in constant time.</summary>
    public static bool Matches(string? current, string? given) =>
        current is not null && !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(given));
}
