using Microsoft.Extensions.Options;
using Platform.Testing;

namespace Platform.Core.Tests.People;

/// <summary>The organisation's login and the SMTP server are checked at start: a setting missing stops the start and says which.</summary>
public sealed class SignInSettingsTests
{
    private const string Authority = "--Platform:Authentication:OpenIdConnect:Authority=https://login.example.dk/tenant/v2.0";

    [Theory]
    [InlineData("ClientId", "--Platform:Authentication:OpenIdConnect:ClientSecret=s", "--Platform:Authentication:OpenIdConnect:DisplayName=Ishøj Kommune")]
    [InlineData("ClientSecret", "--Platform:Authentication:OpenIdConnect:ClientId=platform", "--Platform:Authentication:OpenIdConnect:DisplayName=Ishøj Kommune")]
    [InlineData("DisplayName", "--Platform:Authentication:OpenIdConnect:ClientId=platform", "--Platform:Authentication:OpenIdConnect:ClientSecret=s")]
    public async Task An_authority_without_its_client_id_secret_or_button_name_stops_the_start_naming_the_missing_setting(string missing, string first, string second)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => TestPlatform.StartAsync(settings: [Authority, first, second]));

        Assert.Contains(missing, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scopes_without_email_stop_the_start_as_no_person_could_be_matched_by_address()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => TestPlatform.StartAsync(settings:
        [
            Authority,
            "--Platform:Authentication:OpenIdConnect:ClientId=platform",
            "--Platform:Authentication:OpenIdConnect:ClientSecret=s",
            "--Platform:Authentication:OpenIdConnect:DisplayName=Ishøj Kommune",
            "--Platform:Authentication:OpenIdConnect:Scopes=openid profile",
        ]));

        Assert.Contains("openid and email", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_smtp_host_without_a_sender_address_stops_the_start_naming_from()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => TestPlatform.StartAsync(settings: "--Platform:Smtp:Host=mail.example.dk"));

        Assert.Contains("From", refused.Message, StringComparison.Ordinal);
    }
}
