using System.Buffers.Text;
using System.Security.Cryptography;

namespace Platform.Events.Data;

/// <summary>
/// The tokens of the cancel links e-mailed to people who signed up on a public page: 256 random bits, URL-safe, in
/// the link only; the registration keeps their SHA-256 hash, so the database cannot give a link away.
/// </summary>
internal static class CancelTokens
{
    /// <summary>Gives the registration a new token, replacing any earlier one (whose link stops working); returns it.</summary>
    public static string Issue(RegistrationRecord registration)
    {
        var token = RandomNumberGenerator.GetBytes(32);
        registration.CancelTokenHash = SHA256.HashData(token);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The hash a token is stored as, or null for text that is no token.</summary>
    public static byte[]? Hash(string? token)
    {
        var bytes = new byte[32];
        return token is { Length: 43 } && Base64Url.TryDecodeFromChars(token, bytes, out var written) && written == 32
            ? SHA256.HashData(bytes)
            : null;
    }
}
