using System.Security.Cryptography;
using System.Text;

namespace Platform.Events.Data;

/// <summary>The random tokens in the module's anonymous addresses (calendar feeds, sign-up pages): 256 bits, URL-safe.</summary>
public static class AccessTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether the given token is the current one, compared in constant time.</summary>
    public static bool Matches(string? current, string? given) =>
        current is not null && !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(given));
}
