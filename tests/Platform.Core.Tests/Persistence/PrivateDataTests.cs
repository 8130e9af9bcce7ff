using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Persistence;

[Collection(PlatformCollection.Name)]
public sealed class PrivateDataTests(SharedPlatform shared)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // File modes are Unix's; the suite runs on Linux (CI and this machine).
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_data_directory_is_its_owner_s_alone_and_so_are_the_database_its_log_and_the_signing_key()
    {
        var directory = shared.Platform.DataDirectory;

        Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        foreach (var file in new[] { "platform.db", "platform.db-wal", "platform.db-shm", LocalTokenOptions.SigningKeyFileName })
        {
            Assert.Equal((file, OwnerOnly), (file, File.GetUnixFileMode(Path.Combine(directory, file))));
        }
    }
}
