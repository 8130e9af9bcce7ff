using Platform.Testing;

namespace Platform.Web.Tests.People;

/// <summary>
/// A host whose people sign in with an organisation's login (<see cref="OidcAuthority"/>, a real OpenID Connect server)
/// and whose invitations and sign-in links go out by e-mail (<see cref="MailServer"/>, a real SMTP server).
/// </summary>
public sealed class OrganisationPlatform : IAsyncLifetime
{
    public const string DisplayName = "Testkommune";

    public const string DisplayNameEnglish = "Test Municipality";

    public OidcAuthority Authority { get; private set; } = null!;

    public MailServer Mail { get; } = new();

    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Authority = await OidcAuthority.StartAsync();
        Platform = await TestPlatform.StartAsync(settings:
        [
            $"--Platform:Authentication:OpenIdConnect:Authority={Authority.Issuer}",
            $"--Platform:Authentication:OpenIdConnect:ClientId={OidcAuthority.ClientId}",
            $"--Platform:Authentication:OpenIdConnect:ClientSecret={OidcAuthority.ClientSecret}",
            $"--Platform:Authentication:OpenIdConnect:DisplayName={DisplayName}",
            $"--Platform:Authentication:OpenIdConnect:DisplayNameEnglish={DisplayNameEnglish}",
            "--Platform:Authentication:OpenIdConnect:RequireHttpsMetadata=false",
            "--Platform:Smtp:Host=127.0.0.1",
            $"--Platform:Smtp:Port={Mail.Port}",
            "--Platform:Smtp:UseTls=false",
            "--Platform:Smtp:From=Partnerskabsplatformen <noreply@platform.test>",
        ]);
        Authority.RedirectUri = new Uri(Platform.WebAddress, "/sign-in/organisation/callback");

        // The first challenge reads the authority's configuration and keys (slow on a busy machine); once here, not in a test's click.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Platform.WebAddress };
        var challenge = await http.GetAsync("/sign-in/organisation");
        if (challenge.Headers.Location?.GetLeftPart(UriPartial.Path) != new Uri(Authority.Issuer, "connect/authorize").ToString())
        {
            throw new InvalidOperationException($"The organisation's button does not lead to the authority: {challenge.StatusCode} {challenge.Headers.Location}");
        }
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Authority.DisposeAsync();
        Mail.Dispose();
    }
}

/// <summary>The tests of signing in with the organisation's login and of e-mailed links: one such host, one browser.</summary>
[CollectionDefinition(Name)]
public sealed class OrganisationCollection : ICollectionFixture<OrganisationPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "organisation";
}
