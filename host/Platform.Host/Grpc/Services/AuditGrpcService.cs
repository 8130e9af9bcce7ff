using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Audit;
using Platform.Host.Persistence.Records;

namespace Platform.Host.Grpc.Services;

/// <summary>The audit trail, read only: a thin adapter of <see cref="AuditLog"/>.</summary>
internal sealed class AuditGrpcService(AuditLog log) : AuditService.AuditServiceBase
{
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var page = await log.ListAsync(
            new AuditQuery(
                NullIfEmpty(request.MunicipalityCode),
                NullIfEmpty(request.PartnershipId),
                request.From?.ToDateTimeOffset(),
                request.To?.ToDateTimeOffset(),
                NullIfEmpty(request.Action),
                request.PageSize == 0 ? AuditQuery.DefaultPageSize : request.PageSize,
                NullIfEmpty(request.PageToken)),
            context.CancellationToken);
        return new ListAuditEntriesResponse
        {
            Entries = { page.Entries.Select(ToContract) },
            NextPageToken = page.NextPageToken ?? "",
        };
    }

    private static AuditEntry ToContract(AuditEntryRecord entry) => new()
    {
        Id = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        At = Timestamp.FromDateTimeOffset(entry.At),
        ActorSubject = entry.ActorSubject,
        ActorKind = entry.ActorKind,
        Action = entry.Action,
        MunicipalityCode = entry.MunicipalityCode ?? "",
        PartnershipId = entry.PartnershipId ?? "",
        Target = entry.Target ?? "",
        Detail = entry.Detail ?? "",
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value.Trim();
}
