using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Modules;

namespace Platform.Events.Web.Events;

/// <summary>
/// The municipality's actors by id and name, read through the actor mapping module's public contract as the signed-in
/// person (the client <see cref="Platform.Events.Events.ActorLinks"/> checks links with), for choosing an event's actors
/// and naming them. Null when actor mapping is not there for the person (switched off, not installed, no access).
/// </summary>
internal static class ActorNames
{
    public static async Task<IReadOnlyList<(string Id, string Name)>?> LoadAsync(IModuleClients modules, string municipalityCode, CancellationToken cancellationToken)
    {
        var client = modules.Create<ActorService.ActorServiceClient>();
        var found = new List<(string Id, string Name)>();
        var token = "";
        try
        {
            do
            {
                var page = await client.ListActorsAsync(
                    new ListActorsRequest { MunicipalityCode = municipalityCode, PageSize = 500, PageToken = token }, cancellationToken: cancellationToken);
                found.AddRange(page.Actors.Select(actor => (actor.Id, actor.Fields.Name)));
                token = page.NextPageToken;
            }
            while (token.Length > 0);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.FailedPrecondition or StatusCode.Unimplemented or StatusCode.PermissionDenied)
        {
            return null;
        }

        return [.. found.OrderBy(actor => actor.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), true))];
    }
}
