using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity;

/// <summary>One key of a <see cref="SigningKeySet"/>: its id (the token header's <c>kid</c>), 256 bits in Base64, when it was made, and whether it signs.</summary>
public sealed record SigningKeyEntry(string KeyId, string Key, DateTimeOffset CreatedAt, bool Signs)
{
    public SymmetricSecurityKey SecurityKey => new(Convert.FromBase64String(Key)) { KeyId = KeyId };
}

/// <summary>
/// The local signing keys: the newest key that signs signs every new token (its id goes into the token header's
/// <c>kid</c>), and a token is valid when it names any key of the set. Adding a key makes it the signing key; tokens
/// signed with the earlier keys keep working until those keys are retired (removed from the set).
/// File format: <c>{"Keys":[{"KeyId":"…","Key":"…","CreatedAt":"…","Signs":true}]}</c>.
/// </summary>
public sealed class SigningKeySet
{
    /// <summary>The id of the key of a single-key file made before key sets, as tokens signed with it carry.</summary>
    public const string SingleKeyId = "local";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private SigningKeySet(IReadOnlyList<SigningKeyEntry> keys) => Keys = keys;

    public static SigningKeySet Empty { get; } = new([]);

    public IReadOnlyList<SigningKeyEntry> Keys { get; }

    /// <summary>The newest key that signs.</summary>
    public SigningKeyEntry Signing => Keys.Where(k => k.Signs).MaxBy(k => k.CreatedAt)
        ?? throw new InvalidDataException("The signing key set has no key that signs; add one with 'platform-admin keys add'.");

    public IEnumerable<SecurityKey> ValidationKeys => Keys.Select(k => k.SecurityKey);

    /// <summary>
    /// The oldest key's bits, from which the hosts derive the key that protects the shared Data Protection keys: adding
    /// a key leaves it as it is, so web sessions last through a rotation until the oldest key is retired.
    /// </summary>
    public byte[] OldestKey => Convert.FromBase64String(Keys.MinBy(k => k.CreatedAt)!.Key);

    public static SigningKeySet Of(params SigningKeyEntry[] keys) => new(keys);

    public SigningKeySet WithNewKey(TimeProvider time)
    {
        var now = time.GetUtcNow();
        var id = now.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "-" +
            Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();
        var added = new SigningKeyEntry(id, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now, Signs: true);
        return new([.. Keys.Select(k => k with { Signs = false }), added]);
    }

    public SigningKeySet Without(string keyId)
    {
        var key = Keys.SingleOrDefault(k => k.KeyId == keyId)
            ?? throw new KeyNotFoundException($"The key set has no key '{keyId}'; its keys are {string.Join(", ", Keys.Select(k => k.KeyId))}.");
        if (key.Signs)
        {
            throw new InvalidOperationException($"Key '{keyId}' signs new tokens; add a new key first, then retire this one.");
        }

        return new([.. Keys.Where(k => k != key)]);
    }

    public string ToJson() => JsonSerializer.Serialize(new KeySetFile(Keys), Indented);

    internal static bool IsSingleKeyFormat(string json) => JsonNode.Parse(json) is JsonObject file && !file.ContainsKey(nameof(Keys));

    internal static SigningKeySet FromJson(string json, string path)
    {
        var file = JsonSerializer.Deserialize<KeySetFile>(json);
        if (file?.Keys is not { Count: > 0 } keys || keys.Any(k => string.IsNullOrWhiteSpace(k.KeyId) || string.IsNullOrWhiteSpace(k.Key)) || !keys.Any(k => k.Signs))
        {
            throw new InvalidDataException($"The signing key file '{path}' holds no keys, a key without an id or bits, or no key that signs.");
        }

        return new(keys);
    }

    private sealed record KeySetFile(IReadOnlyList<SigningKeyEntry> Keys);
}
