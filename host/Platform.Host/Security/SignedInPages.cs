using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Platform.Host.People;

namespace Platform.Host.Security;

/// <summary>
/// Pages for signed-in people: every page of the web application (the host's and modules' alike) except those marked
/// <see cref="AllowAnonymousAttribute"/> (the start page, the sign-in pages, the not-found and error pages). A request
/// without a session (none, or one that expired) is sent to the start page with <c>returnUrl</c>, where the person signs
/// in and comes back to the page; a request with a session goes on to the page, whose application class decides what
/// the person may see.
/// </summary>
internal static class SignedInPages
{
    /// <summary>Marks a page endpoint that needs a signed-in person.</summary>
    public static readonly object Marker = new SignedInPage();

    public static bool NeedsSignIn(Type? component) => component is not null && component.GetCustomAttribute<AllowAnonymousAttribute>() is null;

    public static Task RedirectAnonymousAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SignedInPage>() is null || PersonSession.PersonOf(context.User) is not null)
        {
            return next(context);
        }

        // A form posted after the session ended comes back as the page itself (a GET), not as the post.
        var page = context.Request.PathBase + context.Request.Path + (HttpMethods.IsGet(context.Request.Method) ? context.Request.QueryString : QueryString.Empty);
        context.Response.Redirect("/?returnUrl=" + Uri.EscapeDataString(page));
        return Task.CompletedTask;
    }

    private sealed class SignedInPage;
}
