using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;

namespace Platform.Surveys.Collection;

/// <summary>Closes a link at its closing time. Idempotent: closing a closed link changes nothing.</summary>
internal sealed class CloseLinkJob(ITenantDbContextFactory<SurveysDb> databases) : IJobHandler
{
    public const string Type = "surveys.close-link";

    public static JobRequest Request(CollectionLinkRecord link) => new(
        Type, JsonSerializer.Serialize(link.TokenHash), link.ClosesAt, link.MunicipalityCode, DeduplicationKey: $"close-link:{link.TokenHash}");

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var tokenHash = JsonSerializer.Deserialize<string>(job.Payload);
        await using var db = await databases.OpenAsync(job.MunicipalityCode!, AccessLevel.Contribute, cancellationToken);
        var link = await db.Links.SingleOrDefaultAsync(l => l.TokenHash == tokenHash, cancellationToken);
        if (link is { Closed: false })
        {
            link.Closed = true;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
