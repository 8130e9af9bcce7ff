using System.Globalization;
using Grpc.Core;

namespace Platform.Host.Grpc;

/// <summary>
/// Answers a gRPC call with a status and no message (a "trailers-only" response) before any handler runs, as gRPC
/// clients expect instead of a bare HTTP error: for a call refused on the way in (no token, a message that is not one).
/// </summary>
internal static class TrailersOnlyStatus
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;

    public static void Write(HttpResponse response, StatusCode code, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }
}
