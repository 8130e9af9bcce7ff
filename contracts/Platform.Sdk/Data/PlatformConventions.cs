using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Sdk.Data;

/// <summary>Model conventions every platform model shares, whatever the provider.</summary>
public static class PlatformConventions
{
    /// <summary>
    /// SQLite cannot compare or sort <see cref="DateTimeOffset"/> columns in SQL; there they are stored as sortable
    /// 64-bit numbers. The platform always writes UTC times, so the order of the numbers is the order of the times.
    /// </summary>
    public static void Apply(ModelConfigurationBuilder configuration, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
