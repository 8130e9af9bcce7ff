using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.FileProviders;
using Platform.Host.Hosting;
using Platform.Host.Modules;
using Platform.Host.People;
using Platform.Host.Security;
using Platform.Sdk.Errors;

namespace Platform.Host.Web;

/// <summary>
/// The web application for people: Razor components rendered on the server (static, with plain forms), served on the
/// web listener only, in Danish by default or English when the person chose it (a cookie, set by the language switch).
/// </summary>
internal static partial class PlatformWeb
{
    /// <summary>The language switch's address; it answers a form post and sends the browser back to the page it came from.</summary>
    public const string LanguagePath = "/language";

    public const string NotFoundPath = "/not-found";

    public const string ErrorPath = "/error";

    public static IServiceCollection AddPlatformWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(WebLanguage.Danish.Culture, WebLanguage.Danish.UiCulture);
            localization.SupportedCultures = [WebLanguage.Danish.Culture];
            localization.SupportedUICultures = [.. WebLanguage.All.Select(language => language.UiCulture)];
            // Only the person's own choice counts, never the browser's Accept-Language: the platform speaks Danish first.
            localization.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// Before authentication: a page asked for on the gRPC listener is not found there; a page gets the person's
    /// language; an unhandled error shows the error page (never the exception); an address that nothing answers on
    /// the web listener shows the not-found page. Modules' own endpoints keep their own answers.
    /// </summary>
    public static void UsePlatformWeb(this WebApplication app)
    {
        var listeners = app.Services.GetRequiredService<PlatformEndpoints>();
        app.Use((context, next) =>
        {
            if (IsPage(context) && context.Connection.LocalPort != listeners.Web.Port)
            {
                context.SetEndpoint(null);
            }

            return next(context);
        });
        var refusals = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformWeb));
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPath,
            // A refusal (no access, not there, malformed, switched off) is the caller's, not an error of the platform: one
            // information line with its kind and status, not an unhandled exception with its stack.
            SuppressDiagnosticsCallback = context =>
            {
                if (context.Exception is not PlatformException)
                {
                    return false;
                }

                LogPageRefused(refusals, context.Exception.GetType().Name, context.HttpContext.Response.StatusCode);
                return true;
            },
            CreateScopeForErrors = true,
            // A record that is not there (NotFoundException) answers 404; without this the middleware takes a 404 from the
            // error page as "not handled" and throws the exception on.
            AllowStatusCode404Response = true,
            // A module page's read refused by the caller context (or a malformed address) says so, in words and status,
            // rather than "an error".
            StatusCodeSelector = exception => exception switch
            {
                InvalidInputException => StatusCodes.Status400BadRequest,
                PermissionDeniedException => StatusCodes.Status403Forbidden,
                NotFoundException => StatusCodes.Status404NotFound,
                PreconditionFailedException => StatusCodes.Status412PreconditionFailed,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            // Also left on for the error page of a record that is not there: Blazor renders a 404 page with an empty body
            // for the status code pages to fill (dotnet/aspnetcore#62153), so they show the not-found page instead.
            if (context.GetEndpoint()?.Metadata.GetMetadata<Unmatched>() is null
                && context.Features.Get<IExceptionHandlerFeature>()?.Error is not NotFoundException
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        });
        // After the error and status pages, so that the page they show instead is in the person's language too.
        app.UseWhen(IsPage, pages => pages.UseRequestLocalization());
    }

    /// <summary>
    /// After authorization: the pages, their static files and the language switch. A page needs a signed-in person
    /// unless it is marked [AllowAnonymous] (<see cref="SignedInPages"/>).
    /// </summary>
    public static void MapPlatformWeb(this WebApplication app)
    {
        app.Use(SignedInPages.RedirectAnonymousAsync);
        app.UseAntiforgery();
        app.MapStaticAssets(Path.Combine(AppContext.BaseDirectory, "Platform.Host.staticwebassets.endpoints.json"))
            .AllowAnonymous().WithMetadata(WebPage.Marker);
        // Modules' pages come from their plugin assemblies; each is marked as its module's, so the caller context
        // honours the module's switch per municipality, as for its gRPC services and endpoints.
        var modulePages = app.Services.GetServices<PageRegistration>().ToList();
        var pages = app.MapRazorComponents<App>()
            .AddAdditionalAssemblies([.. modulePages.Select(registration => registration.Assembly)])
            .AllowAnonymous().WithMetadata(WebPage.Marker);
        pages.Add(endpoint =>
        {
            var component = endpoint.Metadata.OfType<ComponentTypeMetadata>().FirstOrDefault()?.Type;
            if (SignedInPages.NeedsSignIn(component))
            {
                endpoint.Metadata.Add(SignedInPages.Marker);
            }

            if (modulePages.FirstOrDefault(registration => registration.Assembly == component?.Assembly) is { } module)
            {
                endpoint.Metadata.Add(new ModuleEndpointMetadata(module.ModuleId));
            }
        });
        app.MapPost(LanguagePath, async ([FromForm] string language, [FromForm] string returnUrl, HttpContext context, PersonLanguages people) =>
        {
            var chosen = WebLanguage.For(language);
            chosen.Remember(context.Response);
            // A signed-in person's choice is kept with them too, so signing in anywhere later speaks their language.
            if (PersonSession.PersonOf(context.User) is { } personId)
            {
                await people.SetAsync(personId, chosen.Code, context.RequestAborted);
            }

            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
        }).AllowAnonymous().WithMetadata(WebPage.Marker);
        MapModuleAssets(app, modulePages);
        // Whatever no endpoint matches is not found, and only that gets the not-found page (on the web listener; the
        // gRPC listener still asks for a token first, as before).
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous().WithMetadata(WebPage.Marker, Unmatched.Marker);
    }

    /// <summary>
    /// A module's static files (styles, scripts for its pages) from the <c>Assets</c> folder beside its plugin
    /// assembly, at <c>/m/{module id}/assets/</c>: they come with the module's folder, so a module dropped in brings
    /// them without a host rebuild.
    /// </summary>
    private static void MapModuleAssets(WebApplication app, IEnumerable<PageRegistration> modulePages)
    {
        foreach (var module in modulePages)
        {
            var folder = Path.Combine(Path.GetDirectoryName(module.Assembly.Location)!, "Assets");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var prefix = ModuleBuilder.PagePrefix(module.ModuleId) + "assets";
            var files = new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = prefix };
            // The static file middleware serves only where routing chose no endpoint, so this branch clears its own.
            var serve = ((IEndpointRouteBuilder)app).CreateApplicationBuilder()
                .Use((context, next) =>
                {
                    context.SetEndpoint(null);
                    return next(context);
                })
                .UseStaticFiles(files)
                .Build();
            app.MapGet(prefix + "/{**file}", serve)
                .AllowAnonymous().WithMetadata(WebPage.Marker);
        }
    }

    [LoggerMessage(LogLevel.Information, "A page refused the request: {Refusal} ({Status})")]
    private static partial void LogPageRefused(ILogger logger, string refusal, int status);

    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<WebPage>() is not null;

    /// <summary>A path on this site ("/x"), never another site ("//host", "/\host") or a scheme.</summary>
    public static bool IsLocal(string? url) => url is ['/'] or ['/', not ('/' or '\\'), ..];

    /// <summary>Marks the web application's endpoints, which are served on the web listener only.</summary>
    private sealed class WebPage
    {
        public static readonly WebPage Marker = new();
    }

    /// <summary>Marks the endpoint of addresses that nothing else answers.</summary>
    private sealed class Unmatched
    {
        public static readonly Unmatched Marker = new();
    }
}

/// <summary>A language of the web application: the culture it formats with and the culture of its texts.</summary>
internal sealed class WebLanguage
{
    private WebLanguage(string code, CultureInfo uiCulture) => (Code, UiCulture) = (code, uiCulture);

    public static WebLanguage Danish { get; } = new("da", CultureInfo.GetCultureInfo("da"));

    public static WebLanguage English { get; } = new("en", CultureInfo.GetCultureInfo("en"));

    public static IReadOnlyList<WebLanguage> All { get; } = [Danish, English];

    /// <summary>The language code, for <c>lang</c> attributes and the switch's form field.</summary>
    public string Code { get; }

    /// <summary>Numbers, dates' order and sorting follow Danish conventions in both languages (the platform is Danish).</summary>
    public CultureInfo Culture => DanishConventions.Culture;

    public CultureInfo UiCulture { get; }

    public WebLanguage Other => this == Danish ? English : Danish;

    /// <summary>The language of the current request's texts.</summary>
    public static WebLanguage Current => For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>English for <c>en</c>, else Danish.</summary>
    public static WebLanguage For(string? code) => code == English.Code ? English : Danish;

    /// <summary>Sets the cookie that makes the browser's next pages speak this language (a year, as the switch does).</summary>
    public void Remember(HttpResponse response) => response.Cookies.Append(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Culture, UiCulture)),
        new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
}
