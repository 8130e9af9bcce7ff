using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity;

/// <summary>
/// The embedded default's token signing key: 256 random bits in a file of the data directory, made on first use.
/// The host validates tokens with it and the admin CLI, run on the same machine, signs them with it.
/// </summary>
public static class LocalSigningKey
{
    public static SymmetricSecurityKey LoadOrCreate(string dataDirectory)
    {
        PrivateFiles.EnsureDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, LocalTokenOptions.SigningKeyFileName);
        if (!File.Exists(path))
        {
            var created = new KeyFile(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), DateTimeOffset.UtcNow);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(created));
            PrivateFiles.Restrict(temporary);

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made the key first; use theirs.
                File.Delete(temporary);
            }
        }

        return Load(path);
    }

    public static SymmetricSecurityKey Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"No signing key at '{path}'. Start the host once, or point --data-dir at the host's data directory.", path);
        }

        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"The signing key file '{path}' is empty.");
        return new SymmetricSecurityKey(Convert.FromBase64String(file.Key)) { KeyId = "local" };
    }

    private sealed record KeyFile(string Key, DateTimeOffset CreatedAt);
}
