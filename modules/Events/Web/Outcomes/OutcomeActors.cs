using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Modules;

namespace Platform.Events.Web.Outcomes;

/// <summary>
/// The municipality's actors by name, for linking an outcome to the actor who said it: read through the actor mapping
/// module's public gRPC contract as the signed-in person (never its code). Where actor mapping is off, not installed or
/// not open to the person, there are none to choose, and the outcome names no actor.
/// </summary>
internal sealed class OutcomeActors(IModuleClients modules)
{
    public async Task<IReadOnlyList<(string Id, string Name)>> ListAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        var client = modules.Create<ActorService.ActorServiceClient>();
        var actors = new List<(string, string)>();
        var request = new ListActorsRequest { MunicipalityCode = municipalityCode, PageSize = 500 };
        try
        {
            do
            {
                var page = await client.ListActorsAsync(request, cancellationToken: cancellationToken);
                actors.AddRange(page.Actors.Select(actor => (actor.Id, actor.Fields.Name)));
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0 && actors.Count < 2000);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.PermissionDenied or StatusCode.FailedPrecondition or StatusCode.Unimplemented
            or StatusCode.Unauthenticated or StatusCode.NotFound)
        {
            return [];
        }

        return [.. actors.OrderBy(actor => actor.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true))];
    }
}
