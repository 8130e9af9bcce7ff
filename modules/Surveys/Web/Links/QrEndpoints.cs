using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Errors;
using Platform.Surveys.Collection;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Platform.Surveys.Web.Links;

/// <summary>
/// A link's QR code as a file for posters and letters, <c>/surveys/{code}/surveys/{id}/links/{token}/qr.svg</c> or
/// <c>.png</c>: the code of the link's short form (a smaller code that scans from further away), or of the whole link
/// for one made before short forms. For whoever may read the municipality's links, as the class sheet that links here.
/// </summary>
internal static class QrEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/{municipalityCode}/surveys/{surveyId}/links/{token}/qr.{format}", GetAsync);

    private static async Task<IResult> GetAsync(
        string municipalityCode, string surveyId, string token, string format, HttpRequest request, ResponseCollection collection, CancellationToken cancellationToken)
    {
        if (format is not ("svg" or "png"))
        {
            return HttpResults.NotFound();
        }

        try
        {
            var link = await collection.GetLinkAsync(municipalityCode, surveyId, token, cancellationToken);
            var path = link.HasShortForm ? ResponseCollection.ShortPath(token) : ResponseCollection.AnswerPath(token);
            var address = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, path);
            var name = $"qr-{(link.HasShortForm ? ShortCodes.For(token) : municipalityCode)}.{format}";
            return format == "svg"
                ? HttpResults.File(Encoding.UTF8.GetBytes(QrCodes.Svg(address, address)), "image/svg+xml", name)
                : HttpResults.File(QrCodes.Png(address), "image/png", name);
        }
        catch (PlatformException refused)
        {
            return HttpResults.Problem(refused.Message, statusCode: HttpStatus.Of(refused));
        }
    }
}
