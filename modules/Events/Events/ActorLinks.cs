using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Events.V1;
using Platform.Sdk.Errors;

namespace Platform.Events.Events;

/// <summary>
/// Checks that organiser and partner actor ids name actors of the municipality, through the actor mapping module's
/// public gRPC contract (platform.actor_mapping.v1.ActorService) only: the call goes back to the endpoint the request
/// came in on, with the caller's own bearer token, so the actor mapping module applies its own access checks and
/// switch. No code of that module is referenced.
/// </summary>
internal sealed class ActorLinks
{
    private readonly ConcurrentDictionary<Uri, GrpcChannel> channels = new();

    public async Task CheckAsync(string municipalityCode, EventFields fields, ServerCallContext context)
    {
        var links = fields.OrganiserActorIds.Select((id, i) => (Id: id, Field: $"fields.organiser_actor_ids[{i}]"))
            .Concat(fields.PartnerActorIds.Select((id, i) => (Id: id, Field: $"fields.partner_actor_ids[{i}]")))
            .ToList();
        if (links.Count == 0)
        {
            return;
        }

        var client = new ActorService.ActorServiceClient(ChannelFor(context));
        var headers = new Metadata();
        if (context.RequestHeaders.GetValue("authorization") is { } authorization)
        {
            headers.Add("authorization", authorization);
        }

        var validation = new Validation();
        foreach (var (id, field) in links)
        {
            try
            {
                await client.GetActorAsync(new GetActorRequest { MunicipalityCode = municipalityCode, Id = id },
                    headers, context.Deadline, context.CancellationToken);
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
            {
                validation.Check(false, field, "must be an actor of the municipality in actor mapping");
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.FailedPrecondition or StatusCode.Unimplemented)
            {
                throw new PreconditionFailedException(
                    $"{field}: actor mapping is not available for municipality {municipalityCode} (switched off or not installed), so actors cannot be linked.");
            }
        }

        validation.ThrowIfInvalid();
    }

    private GrpcChannel ChannelFor(ServerCallContext context)
    {
        var connection = context.GetHttpContext().Connection;
        var scheme = context.GetHttpContext().Request.IsHttps ? "https" : "http";
        var host = connection.LocalIpAddress is { } address && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{address}]"
            : connection.LocalIpAddress?.ToString() ?? "127.0.0.1";
        var uri = new Uri($"{scheme}://{host}:{connection.LocalPort}");
        return channels.GetOrAdd(uri, GrpcChannel.ForAddress);
    }
}
