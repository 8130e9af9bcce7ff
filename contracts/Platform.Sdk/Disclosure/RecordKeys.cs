using System.Security.Cryptography;

namespace Platform.Sdk.Disclosure;

/// <summary>
/// The permanent random key a counted record gets when it is stored (the cell key method): a uniform 32-bit value that
/// is never changed or shown. Store it in an <see cref="int"/> column; sum it as a 64-bit value.
/// </summary>
public static class RecordKeys
{
    public static int New()
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToInt32(bytes);
    }
}
