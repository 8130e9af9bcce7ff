using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Audit;

/// <summary>The audit service of a test host, read as an administrator.</summary>
internal sealed class AuditCalls(TestPlatform platform)
{
    public AuditService.AuditServiceClient Client { get; } = new(platform.Channel);

    /// <summary>Every entry of the municipality, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> OfMunicipalityAsync(string code) =>
        (await Client.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = code, PageSize = 500 }, platform.AsAdmin())).Entries;
}
