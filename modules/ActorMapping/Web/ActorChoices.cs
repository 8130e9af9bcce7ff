using Platform.ActorMapping.Actors;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web;

/// <summary>The municipality's current actors by id and name, sorted the Danish way, for choosing and naming them.</summary>
internal static class ActorChoices
{
    public static async Task<IReadOnlyList<(string Id, string Name)>> LoadAsync(ActorBook actors, string municipalityCode, CancellationToken cancellationToken)
    {
        var found = new List<(string Id, string Name)>();
        var token = "";
        do
        {
            var page = await actors.ListAsync(new ListActorsRequest { MunicipalityCode = municipalityCode, PageSize = 500, PageToken = token }, cancellationToken);
            found.AddRange(page.Actors.Select(actor => (actor.Id, actor.Fields.Name)));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return [.. found.OrderBy(actor => actor.Name, DanishFormats.Sorting)];
    }
}
