using Microsoft.IdentityModel.Tokens;
using Platform.Identity;

namespace Platform.Host.Security;

/// <summary>
/// The local signing key set as the host validates with it: read again whenever the file changes, so a key added or
/// retired with <c>platform-admin keys</c> (or a new secret rolled out) takes effect without a restart.
/// </summary>
internal sealed class LocalKeyRing(string path)
{
    private readonly Lock gate = new();
    private (DateTime Written, SigningKeySet Keys)? current;

    public SigningKeySet Keys
    {
        get
        {
            var written = File.GetLastWriteTimeUtc(path);
            lock (gate)
            {
                if (current is not { } known || known.Written != written)
                {
                    current = (written, LocalSigningKey.Load(path));
                }

                return current.Value.Keys;
            }
        }
    }

    /// <summary>The key the token's header names; none for a key the set does not hold (retired or never made).</summary>
    public IEnumerable<SecurityKey> KeysFor(string? keyId) =>
        Keys.Keys.Where(key => key.KeyId == keyId).Select(key => key.SecurityKey);

    public bool Holds(string keyId) => Keys.Keys.Any(key => key.KeyId == keyId);
}
