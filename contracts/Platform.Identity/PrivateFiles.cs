namespace Platform.Identity;

/// <summary>
/// The data directory and the files in it hold keys, names and e-mail addresses: on Unix the directory is its owner's
/// alone (0700) and so is each such file (0600), whatever the process's umask.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the directory if it is missing, and makes it its owner's alone.</summary>
    public static void EnsureDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerOnly | UnixFileMode.UserExecute);
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.UserExecute);
    }

    /// <summary>Creates an empty file, its owner's alone, unless it exists (another process may have made it first).</summary>
    public static void CreateIfMissing(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var created = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made by another process meanwhile: it is used as it is.
        }
    }

    /// <summary>Makes each of the files that exist its owner's alone.</summary>
    public static void Restrict(params string[] paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in paths.Where(File.Exists))
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
