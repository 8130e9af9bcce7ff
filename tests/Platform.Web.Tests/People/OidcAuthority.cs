using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Platform.Web.Tests.People;

/// <summary>
/// A real OpenID Connect authority on loopback (OpenIddict's server), standing in for a municipality's Entra ID: the
/// authorization code flow with PKCE required, one confidential client, a login page that asks for the e-mail address
/// of an account the test added, and consent given automatically. The identity token carries sub, email,
/// email_verified and name. Degraded mode (no store): the client, its secret and its redirect address are checked by
/// the handlers here.
/// </summary>
public sealed class OidcAuthority : IAsyncDisposable
{
    public const string ClientId = "partnership-platform";

    public const string ClientSecret = "test-secret-of-the-platform";

    private const string UserCookie = "authority.user";

    private readonly ConcurrentDictionary<string, Account> accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly WebApplication app;
    private int codesExchanged;

    private OidcAuthority(WebApplication app) => this.app = app;

    /// <summary>The issuer's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Issuer { get; private set; } = null!;

    /// <summary>The client's only allowed redirect address (the platform's callback), set once the platform listens.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>How many authorization codes a client exchanged with the right secret (and, as the authority requires, a PKCE verifier).</summary>
    public int CodesExchanged => codesExchanged;

    public static async Task<OidcAuthority> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        OidcAuthority? authority = null;
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.Email, Scopes.Profile);
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            server.DisableAccessTokenEncryption();
            server.EnableDegradedMode();
            server.UseAspNetCore().DisableTransportSecurityRequirement();
            server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.RedirectUri != authority!.RedirectUri?.ToString())
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or redirect address.");
                }

                return default;
            }));
            server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.Request.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                    return default;
                }

                Interlocked.Increment(ref authority!.codesExchanged);
                return default;
            }));
            server.AddEventHandler<HandleAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var http = context.Transaction.GetHttpRequest()!.HttpContext;
                var account = http.Request.Cookies.TryGetValue(UserCookie, out var email) ? authority!.accounts.GetValueOrDefault(email) : null;
                if (account is null)
                {
                    // Not signed in at the authority yet: its login page first, then this same request again.
                    http.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
                    context.HandleRequest();
                    return default;
                }

                var identity = new ClaimsIdentity("authority", Claims.Name, Claims.Role);
                identity.AddClaim(new Claim(Claims.Subject, account.Subject));
                identity.AddClaim(new Claim(Claims.Email, account.Email));
                identity.AddClaim(new Claim(Claims.EmailVerified, account.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
                identity.AddClaim(new Claim(Claims.Name, account.Name));
                identity.SetScopes(context.Request.GetScopes());
                identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
                context.SignIn(new ClaimsPrincipal(identity));
                return default;
            }));
        });

        var app = builder.Build();
        authority = new OidcAuthority(app);
        app.UseAuthentication();
        app.MapGet("/login", (string returnUrl) => Results.Content(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Test authority – sign in</title></head>
            <body><main><h1>Test authority</h1>
            <form method="post" action="/login?returnUrl={Uri.EscapeDataString(returnUrl)}">
            <label for="email">Work e-mail</label> <input id="email" name="email" type="email">
            <button type="submit">Continue</button>
            </form></main></body></html>
            """, "text/html"));
        app.MapPost("/login", (HttpContext http, string returnUrl) =>
        {
            http.Response.Cookies.Append(UserCookie, http.Request.Form["email"].ToString());
            return Results.LocalRedirect(returnUrl);
        }).DisableAntiforgery();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        authority.Issuer = new Uri(address.TrimEnd('/') + "/");
        return authority;
    }

    /// <summary>An account of the authority: its subject is new, its address verified unless said otherwise.</summary>
    public Account AddAccount(string email, string name, bool emailVerified = true)
    {
        var account = new Account(Guid.NewGuid().ToString("N"), email, name, emailVerified);
        accounts[email] = account;
        return account;
    }

    /// <summary>The authority's record of the person changes address (as when a municipality renames its mail domain).</summary>
    public void ChangeAddress(Account account, string email)
    {
        accounts.TryRemove(account.Email, out _);
        accounts[email] = account with { Email = email };
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record Account(string Subject, string Email, string Name, bool EmailVerified);
}
