using Microsoft.AspNetCore.Http;
using Platform.Sdk.Callers;

namespace Platform.ActorMapping.Web;

/// <summary>Whether a page shows its forms for changing things.</summary>
internal static class EditControls
{
    /// <summary>
    /// To people who may change the municipality's mapping. On a form's submission the forms are always there, so the
    /// submission reaches its handler and the application class, not the page, decides: a viewer's crafted post is
    /// refused by it (403) and changes nothing. A refused submission shows the host's refusal page, never the forms.
    /// </summary>
    public static async Task<bool> ShownAsync(ICallerContext caller, HttpContext context, string municipalityCode) =>
        HttpMethods.IsPost(context.Request.Method)
        || await caller.GetAccessAsync(municipalityCode, context.RequestAborted) >= AccessLevel.Contribute;
}
