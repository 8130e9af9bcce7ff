using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Persistence.Records;

namespace Platform.Host.ServiceAccounts;

/// <summary>The service accounts over gRPC: a thin adapter of <see cref="ServiceAccountManagement"/>.</summary>
internal sealed class ServiceAccountGrpcService(ServiceAccountManagement accounts) : ServiceAccountService.ServiceAccountServiceBase
{
    public override async Task<ServiceAccount> AddServiceAccount(AddServiceAccountRequest request, ServerCallContext context) =>
        ToContract(await accounts.AddAsync(request.Name, request.Description.Length == 0 ? null : request.Description, context.CancellationToken));

    public override async Task<ListServiceAccountsResponse> ListServiceAccounts(ListServiceAccountsRequest request, ServerCallContext context) =>
        new() { ServiceAccounts = { (await accounts.ListAsync(context.CancellationToken)).Select(ToContract) } };

    public override async Task<ServiceAccount> RevokeServiceAccount(RevokeServiceAccountRequest request, ServerCallContext context) =>
        ToContract(await accounts.RevokeAsync(request.ServiceAccount, context.CancellationToken));

    private static ServiceAccount ToContract(ServiceAccountRecord account) => new()
    {
        Id = account.Id.ToString(),
        Name = account.Name,
        Description = account.Description ?? "",
        CreatedAt = Timestamp.FromDateTimeOffset(account.CreatedAt),
        RevokedAt = account.RevokedAt is { } revoked ? Timestamp.FromDateTimeOffset(revoked) : null,
    };
}
