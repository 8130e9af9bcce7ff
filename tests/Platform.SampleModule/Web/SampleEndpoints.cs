using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;

namespace Platform.SampleModule.Web;

/// <summary>Web endpoints that show what a module's page sees: the caller, its access, and the directory.</summary>
public static class SampleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/areas/{code}", async (string code, IMunicipalityDirectory directory, ICallerContext caller, CancellationToken cancellationToken) =>
        {
            var municipality = await directory.FindMunicipalityAsync(code, cancellationToken);
            return Results.Ok(new
            {
                caller = caller.Caller.Subject,
                access = (await caller.GetAccessAsync(code, cancellationToken)).ToString(),
                areas = municipality?.LocalAreas.Select(area => area.Name).ToArray() ?? [],
            });
        }).AllowAnonymous();
        endpoints.MapGet("/whoami", (ICallerContext caller) => Results.Text(caller.Caller.Subject));
    }
}
