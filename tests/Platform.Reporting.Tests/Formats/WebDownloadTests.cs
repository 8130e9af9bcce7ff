using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Grpc.Core;
using Platform.Identity;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Formats;

[Collection(ReportingCollection.Name)]
public sealed class WebDownloadTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_browser_downloads_its_partnership_s_report_with_its_token_and_is_refused_another_s()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var ours = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        var theirMember = platform.MunicipalityCodes.Take();
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, theirMember);
        await data.SeedAsync(platform);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, ours));

        using var csv = await GetAsync(http, $"/reporting/partnership/{ours}/report?year=2026&quarter=2&format=csv", centre);
        using var html = await GetAsync(http, $"/reporting/partnership/{ours}/report?year=2026&quarter=2", centre);
        using var other = await GetAsync(http, $"/reporting/partnership/{theirs}/report?year=2026&quarter=2", centre);
        using var badQuarter = await GetAsync(http, $"/reporting/partnership/{ours}/report?year=2026&quarter=7", centre);
        using var anonymous = await http.GetAsync($"/reporting/partnership/{ours}/report?year=2026&quarter=2");

        Assert.Equal((HttpStatusCode.OK, "text/csv"), (csv.StatusCode, csv.Content.Headers.ContentType!.MediaType));
        Assert.Contains(await ExpectedReport.AuthorsCsvAsync(platform, data, ""), Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).Split("\r\n"));
        Assert.Equal((HttpStatusCode.OK, "text/html"), (html.StatusCode, html.Content.Headers.ContentType!.MediaType));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badQuarter.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, CallOptions caller)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(caller.Headers!.GetValue("authorization")!);
        return http.SendAsync(request);
    }
}
