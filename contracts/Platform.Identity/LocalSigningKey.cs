using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Identity;

/// <summary>
/// The embedded default's token signing keys: a key set (<see cref="SigningKeySet"/>) in one file of the data
/// directory, made with one key on first use. The host validates tokens with every key of the set and the admin CLI,
/// run where it can read (and, to rotate, write) the file, signs them with the newest signing key.
/// </summary>
public static class LocalSigningKey
{
    /// <summary>Loads the data directory's key set, making it with one key if there is none yet.</summary>
    public static SigningKeySet LoadOrCreate(string dataDirectory, TimeProvider? time = null)
    {
        PrivateFiles.EnsureDirectory(dataDirectory);
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            var created = SigningKeySet.Empty.WithNewKey(time ?? TimeProvider.System);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, created.ToJson());
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

        return Load(path, migrate: true);
    }

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, LocalTokenOptions.SigningKeyFileName);

    /// <summary>
    /// Reads the key set. A file of the single-key format (<c>{"Key": …, "CreatedAt": …}</c>, before key sets) reads as
    /// a set of that one key, id <c>local</c>, which signs; with <paramref name="migrate"/> it is rewritten as a key set
    /// where the file can be written (a mounted secret is read-only and stays as it is).
    /// </summary>
    public static SigningKeySet Load(string path, bool migrate = false)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"No signing key at '{path}'. Start the host once, or point --data-dir at the host's data directory.", path);
        }

        var text = File.ReadAllText(path);
        if (!SigningKeySet.IsSingleKeyFormat(text))
        {
            return SigningKeySet.FromJson(text, path);
        }

        var single = JsonSerializer.Deserialize<SingleKeyFile>(text)
            ?? throw new InvalidDataException($"The signing key file '{path}' is empty.");
        var set = SigningKeySet.Of(new SigningKeyEntry(SigningKeySet.SingleKeyId, single.Key, single.CreatedAt, Signs: true));
        if (migrate)
        {
            TryReplace(path, set);
        }

        return set;
    }

    /// <summary>Adds a new key that signs from now on; the earlier keys stay valid for the tokens they signed.</summary>
    public static SigningKeyEntry Add(string path, TimeProvider time)
    {
        var set = Load(path).WithNewKey(time);
        Replace(path, set);
        return set.Signing;
    }

    /// <summary>Removes a key that no longer signs, so tokens signed with it are refused.</summary>
    public static SigningKeySet Retire(string path, string keyId)
    {
        var set = Load(path).Without(keyId);
        Replace(path, set);
        return set;
    }

    private static void TryReplace(string path, SigningKeySet set)
    {
        try
        {
            Replace(path, set);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only mount (a secret): the single-key file keeps working as it is.
        }
    }

    /// <summary>Writes the set in place of the file in one rename, keeping the file's permissions (a compose secret is world-readable on purpose).</summary>
    private static void Replace(string path, SigningKeySet set)
    {
        var temporary = path + "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)) + ".tmp";
        File.WriteAllText(temporary, set.ToJson());
        PrivateFiles.Restrict(temporary);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
        }

        File.Move(temporary, path, overwrite: true);
    }

    private sealed record SingleKeyFile(string Key, DateTimeOffset CreatedAt);
}
