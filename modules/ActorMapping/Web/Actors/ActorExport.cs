using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.ActorMapping.Actors;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// The actor list as a CSV download, <c>/actor-mapping/{municipality}/actors.csv</c>, for the list page's export link:
/// ActorBook's export as the signed-in person (contact persons only for the municipality's own roles); refusals come
/// back as the matching HTTP status.
/// </summary>
internal static class ActorExport
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/{municipalityCode}/actors.csv",
        async (string municipalityCode, ActorBook actors, CancellationToken cancellationToken) =>
        {
            try
            {
                var file = await actors.ExportAsync(new ExportActorsRequest { MunicipalityCode = municipalityCode }, cancellationToken);
                return Results.File(file.Csv.ToByteArray(), "text/csv; charset=utf-8", file.FileName);
            }
            catch (PlatformException refused)
            {
                return Results.Problem(refused.Message, statusCode: HttpStatus.Of(refused));
            }
        });
}
