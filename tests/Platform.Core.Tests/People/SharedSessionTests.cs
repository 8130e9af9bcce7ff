using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Persistence;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.People;

/// <summary>Two hosts on one database: the Data Protection keys are the database's, so a session works on both.</summary>
public sealed class SharedSessionTests
{
    [Fact]
    public async Task A_session_started_on_one_host_works_on_another_and_the_stored_keys_are_encrypted()
    {
        await using var first = await TestPlatform.StartAsync();
        await using var second = await TestPlatform.StartAsync(first.DataDirectory, first.SiloPort);
        var code = first.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(first, code);
        var invited = await new PeopleCalls(first).InviteAsync(PeopleCalls.NewEmail("mette"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var path = new Uri(invited.SignInLink).AbsolutePath;
        using var browser = new Browser(first.WebAddress);
        await browser.SubmitFormAsync(path, path);

        using var onSecond = new HttpClient { BaseAddress = second.WebAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/sample/areas/{code}");
        request.Headers.Add("Cookie", browser.CookieHeader());
        var page = await (await onSecond.SendAsync(request)).Content.ReadFromJsonAsync<SignInTests.AreasPage>();

        Assert.Equal((PersonSubject.Of(Guid.Parse(invited.Person.Id)), "Manage"), (page!.Caller, page.Access));
        await using var db = first.Services.GetRequiredService<ModelContextFactory<PlatformDbContext>>().Create();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("aesGcmEncryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}
