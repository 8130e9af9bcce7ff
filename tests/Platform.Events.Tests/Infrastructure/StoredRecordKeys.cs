using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.V1;
using Platform.Host.Persistence;
using Platform.Testing;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>
/// Registrations' record keys, read straight from the host's database on its own connection: the module never shows
/// them, yet a test must know them to tell which cell a count was published from.
/// </summary>
public static class StoredRecordKeys
{
    public static async Task<IReadOnlyList<int>> OfAsync(TestPlatform platform, params Registration[] registrations)
    {
        await using var db = platform.Services.GetRequiredService<ModelContextFactory<PlatformDbContext>>().Create();
        var keys = new List<int>();
        foreach (var id in registrations.Select(r => Guid.Parse(r.Id)))
        {
            keys.Add(await db.Database.SqlQuery<int>($"""SELECT "RecordKey" AS "Value" FROM ev_registrations WHERE "Id" = {id}""").SingleAsync());
        }

        return keys;
    }

    /// <summary>The plain sum of the registrations' keys, as a database's SUM gives it.</summary>
    public static async Task<long> SumAsync(TestPlatform platform, params Registration[] registrations) =>
        (await OfAsync(platform, registrations)).Sum(key => (long)key);
}
