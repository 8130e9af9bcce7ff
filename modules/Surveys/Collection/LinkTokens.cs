using System.Security.Cryptography;
using System.Text;
using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Collection;

/// <summary>
/// Link tokens: the municipality code followed by 256 random bits, URL-safe. The code only says where to look; the
/// random part is the secret. Only the SHA-256 of the token is stored, so the database cannot rebuild a link.
/// </summary>
internal static class LinkTokens
{
    private const int RandomLength = 43;

    public static string New(string municipalityCode) => municipalityCode + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool IsWellFormed(string token) =>
        token.Length == 4 + RandomLength
        && MunicipalityCodes.IsWellFormed(token[..4])
        && token[4..].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string MunicipalityCodeOf(string token) => token[..4];

    /// <summary>The key of the link's grain: the municipality code and the token's hash, never the token itself.</summary>
    public static string GrainKey(string token) => GrainKey(MunicipalityCodeOf(token), Hash(token));

    public static string GrainKey(string municipalityCode, string tokenHash) => $"{municipalityCode}:{tokenHash}";
}
