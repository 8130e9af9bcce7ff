using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Collection;

/// <summary>
/// The short form of a link token, for a poster, a QR code or reading aloud in a class: the municipality code and
/// twelve characters in groups of four, e.g. <c>0183-K7M2-X9QP-R4TZ</c>. The twelve come from an alphabet without
/// look-alikes (no 0/O, 1/I/L, U/V), so 29^12 ≈ 2^58 codes; they are derived from the token by a one-way hash, so the
/// short form opens the link but cannot rebuild the token. Only the short form's hash is stored. A typed short form is
/// read in either case and with or without its dashes and spaces.
/// </summary>
internal static class ShortCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private const int Length = 12;

    /// <summary>The short form of a token, the same each time it is asked for.</summary>
    public static string For(string token)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes("short-link:" + token));
        var number = new BigInteger(digest, isUnsigned: true);
        var characters = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            number = BigInteger.DivRem(number, Alphabet.Length, out var remainder);
            characters[i] = Alphabet[(int)remainder];
        }

        var code = new string(characters);
        return $"{LinkTokens.MunicipalityCodeOf(token)}-{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>A typed or scanned short form in its written shape, or null when it cannot be one.</summary>
    public static string? Read(string typed)
    {
        var plain = new string([.. typed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        return plain.Length == 4 + Length && MunicipalityCodes.IsWellFormed(plain[..4]) && plain[4..].All(Alphabet.Contains)
            ? $"{plain[..4]}-{plain[4..8]}-{plain[8..12]}-{plain[12..]}"
            : null;
    }

    /// <summary>What is stored of a short form (its written shape): its SHA-256.</summary>
    public static string Hash(string shortCode) => LinkTokens.Hash(shortCode);
}
