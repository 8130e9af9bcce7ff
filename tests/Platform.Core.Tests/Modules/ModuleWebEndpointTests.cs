using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Modules;

[Collection(PlatformCollection.Name)]
public sealed class ModuleWebEndpointTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_module_s_anonymous_page_is_served_over_http_1_1_and_its_anonymous_caller_has_no_access()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var municipality = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        await municipalities.AddLocalAreaAsync(
            new AddLocalAreaRequest { Code = code, Name = "Vestbyen", ExpectedVersion = municipality.Version }, platform.AsAdmin());

        using var http = new HttpClient { BaseAddress = platform.WebAddress, DefaultRequestVersion = HttpVersion.Version11 };
        var page = await http.GetFromJsonAsync<AreasPage>($"/sample/areas/{code}");

        Assert.Equal(("anonymous", "None"), (page!.Caller, page.Access));
        Assert.Equal(["Vestbyen"], page.Areas);
    }

    [Fact]
    public async Task A_module_s_page_sees_the_caller_of_the_bearer_token_and_refuses_a_request_without_one()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var anonymous = await http.GetAsync("/sample/whoami");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/sample/areas/{code}");
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code)).Headers!.GetValue("authorization")!);
        var page = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<AreasPage>();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Manage", page!.Access);
    }

    private sealed record AreasPage(string Caller, string Access, string[] Areas);
}
