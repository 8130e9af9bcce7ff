using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Configuration;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Identity;

namespace Platform.Host.Security;

/// <summary>
/// ASP.NET Core Data Protection (session cookies, antiforgery tokens) with its keys in the shared database, so every
/// host reads and writes the same key ring. Each key's secret is encrypted at rest with AES-256-GCM under a key derived
/// (HKDF-SHA256) from the oldest key of the data directory's <c>signing-key.json</c> (<see cref="SigningKeySet.OldestKey"/>),
/// which every host of an installation already shares; adding a signing key leaves it as it is, retiring the oldest ends
/// every web session.
/// A copy of the database alone (a backup, a read-only leak) therefore neither forges nor reads a session; whoever
/// holds the signing key as well can, but the signing key alone already lets its holder sign an admin token.
/// </summary>
internal static class SharedDataProtection
{
    public const string ApplicationName = "partnership-platform";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, PlatformOptions options)
    {
        var signingKey = LocalSigningKey.LoadOrCreate(options.ResolveDataDirectory()).OldestKey;
        services.AddSingleton(new KeyEncryptionKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey, 32, info: "platform data protection keys"u8.ToArray())));
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseKeyRepository, KeyEncryptionKey>((keys, repository, encryption) =>
        {
            keys.XmlRepository = repository;
            keys.XmlEncryptor = new DatabaseKeyEncryptor(encryption);
        });
        return services;
    }
}

/// <summary>The key that encrypts the Data Protection keys in the database.</summary>
internal sealed record KeyEncryptionKey(byte[] Key);

/// <summary>The Data Protection key ring as rows of the core model.</summary>
internal sealed class DatabaseKeyRepository(ModelContextFactory<PlatformDbContext> database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = database.Create();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(xml => XElement.Parse(xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = database.Create();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

/// <summary>Encrypts a key's secret with AES-256-GCM: a random 96-bit nonce, the 128-bit tag and the ciphertext, in base64.</summary>
internal sealed class DatabaseKeyEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    public const string ElementName = "aesGcmEncryptedSecret";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedSecret = new byte[12 + 16 + plaintext.Length];
        var nonce = sealedSecret.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Key, 16);
        aes.Encrypt(nonce, plaintext, sealedSecret.AsSpan(28), sealedSecret.AsSpan(12, 16));
        return new EncryptedXmlInfo(new XElement(ElementName, Convert.ToBase64String(sealedSecret)), typeof(DatabaseKeyDecryptor));
    }
}

/// <summary>Made by Data Protection from the type named in the stored key, with the host's services.</summary>
internal sealed class DatabaseKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyEncryptionKey>().Key;
        var sealedSecret = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[sealedSecret.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedSecret.AsSpan(0, 12), sealedSecret.AsSpan(28), sealedSecret.AsSpan(12, 16), plaintext);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
