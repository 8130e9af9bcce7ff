using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Core.V1;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Testing;

namespace Platform.Core.Tests.Audit;

public sealed class AuditRetentionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_worker_deletes_only_the_entries_older_than_the_retention()
    {
        var dataDirectory = TestPlatform.NewDataDirectory();
        string code;
        await using (var first = await TestPlatform.StartAsync(dataDirectory))
        {
            code = first.MunicipalityCodes.Take();
            await Scenario.PartnershipWithMembersAsync(first, code);
            await using var db = first.Services.GetRequiredService<ModelContextFactory<PlatformDbContext>>().Create();
            var now = DateTimeOffset.UtcNow;
            db.AuditEntries.AddRange(Entry(code, now - TimeSpan.FromDays(31), "old"), Entry(code, now - TimeSpan.FromDays(29), "kept"));
            await db.SaveChangesAsync();
        }

        // The worker purges when it starts, and hourly after that.
        await using var platform = await TestPlatform.StartAsync(dataDirectory, settings: "--Platform:Audit:Retention=30.00:00:00");
        var audit = new AuditCalls(platform);
        var left = await Poll.UntilAsync(
            "the old entry to be deleted",
            () => audit.OfMunicipalityAsync(code),
            entries => entries.All(entry => entry.Detail != "old"),
            Bound);

        // The onboarding's entry (no detail) and the recent one stay.
        Assert.Equal(["", "kept"], left.Select(entry => entry.Detail).Order(StringComparer.Ordinal));
    }

    private static AuditEntryRecord Entry(string code, DateTimeOffset at, string detail) => new()
    {
        At = at,
        ActorSubject = "test-admin",
        ActorKind = AuditActorKind.PlatformAdmin,
        Action = "municipality.module-switched",
        MunicipalityCode = code,
        Target = "sample",
        Detail = detail,
    };
}
