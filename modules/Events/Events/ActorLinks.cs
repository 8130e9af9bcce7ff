using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Events.V1;
using Platform.Sdk.Errors;
using Platform.Sdk.Modules;

namespace Platform.Events.Events;

/// <summary>
/// Checks that organiser and partner actor ids name actors of the municipality, through the actor mapping module's
/// public gRPC contract (platform.actor_mapping.v1.ActorService) only, called in-process as the request's caller (the request's cancellation, which its deadline also fires, passes on), so
/// the actor mapping module applies its own access checks and switch. No code of that module is referenced.
/// </summary>
internal sealed class ActorLinks(IModuleClients modules)
{
    public async Task CheckAsync(string municipalityCode, EventFields fields, CancellationToken cancellationToken)
    {
        var links = fields.OrganiserActorIds.Select((id, i) => (Id: id, Field: $"fields.organiser_actor_ids[{i}]"))
            .Concat(fields.PartnerActorIds.Select((id, i) => (Id: id, Field: $"fields.partner_actor_ids[{i}]")))
            .ToList();
        if (links.Count == 0)
        {
            return;
        }

        var client = modules.Create<ActorService.ActorServiceClient>();
        var validation = new Validation();
        foreach (var (id, field) in links)
        {
            try
            {
                await client.GetActorAsync(new GetActorRequest { MunicipalityCode = municipalityCode, Id = id }, cancellationToken: cancellationToken);
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
}
