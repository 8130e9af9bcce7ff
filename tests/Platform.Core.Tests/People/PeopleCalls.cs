using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Core.V1;
using Platform.Host.Persistence;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.People;

/// <summary>The people service of a test host, and tokens for its people and for other subjects.</summary>
internal sealed class PeopleCalls(TestPlatform platform)
{
    private readonly LocalTokenIssuer issuer = new(LocalSigningKey.LoadOrCreate(platform.DataDirectory));

    public PeopleService.PeopleServiceClient Client { get; } = new(platform.Channel);

    /// <summary>A token for a stored person; the grants it claims are there to show that they do not count.</summary>
    public CallOptions AsPerson(string personId, params RoleGrant[] claimedGrants) => WithToken(PersonSubject.Of(Guid.Parse(personId)), claimedGrants);

    public CallOptions WithToken(string subject, params RoleGrant[] grants) =>
        new(new Metadata { { "authorization", "Bearer " + issuer.Issue(subject, grants, TimeSpan.FromMinutes(10)) } }, DateTime.UtcNow.AddSeconds(30));

    public async Task<InvitePersonResponse> InviteAsync(string email, params RoleGrant[] grants) =>
        await Client.InvitePersonAsync(
            new InvitePersonRequest { Email = email, DisplayName = "Mette Hansen", Grants = { grants.Select(g => g.ToString()) } }, platform.AsAdmin());

    public PlatformDbContext Database() => platform.Services.GetRequiredService<ModelContextFactory<PlatformDbContext>>().Create();

    public static string NewEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.dk";
}
