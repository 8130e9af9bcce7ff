using Microsoft.AspNetCore.Http;
using Platform.Sdk.Callers;

namespace Platform.Events.Web.Door;

/// <summary>Whether the door and outcome pages show their forms for changing things.</summary>
internal static class DoorAccess
{
    /// <summary>
    /// To people with contribute access to the municipality. On a submission the forms are always there, so it reaches
    /// its handler and the application class decides: a viewer's crafted post is refused there (403) and changes nothing.
    /// </summary>
    public static async Task<bool> EditControlsShownAsync(ICallerContext caller, HttpContext context, string municipalityCode) =>
        HttpMethods.IsPost(context.Request.Method) || await caller.GetAccessAsync(municipalityCode, context.RequestAborted) >= AccessLevel.Contribute;
}
