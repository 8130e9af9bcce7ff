using Microsoft.AspNetCore.Http;

namespace Platform.Sdk.Errors;

/// <summary>
/// The HTTP status of an SDK error, for a module's web endpoints: the same meaning the gRPC status has
/// (<c>INVALID_ARGUMENT</c> 400, <c>PERMISSION_DENIED</c> 403, <c>NOT_FOUND</c> 404, <c>ALREADY_EXISTS</c> and
/// <c>ABORTED</c> 409, <c>FAILED_PRECONDITION</c> 409, <c>RESOURCE_EXHAUSTED</c> 429).
/// </summary>
public static class HttpStatus
{
    public static int Of(PlatformException error) => error switch
    {
        InvalidInputException => StatusCodes.Status400BadRequest,
        PermissionDeniedException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status409Conflict,
    };
}
