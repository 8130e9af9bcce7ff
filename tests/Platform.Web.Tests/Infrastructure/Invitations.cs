using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>People invited as a platform administrator invites them, through the people service, for a sign-in link.</summary>
internal static class Invitations
{
    public static async Task<Uri> InviteAsync(TestPlatform platform, string displayName, params RoleGrant[] grants) =>
        new((await InvitePersonAsync(platform, $"person.{Guid.NewGuid():N}@example.dk", displayName, grants)).SignInLink);

    /// <summary>Invites the person with the given e-mail address; the answer has their link.</summary>
    public static async Task<InvitePersonResponse> InvitePersonAsync(TestPlatform platform, string email, string displayName, params RoleGrant[] grants) =>
        await new PeopleService.PeopleServiceClient(platform.Channel).InvitePersonAsync(
            new InvitePersonRequest { Email = email, DisplayName = displayName, Grants = { grants.Select(g => g.ToString()) } },
            platform.AsAdmin());
}
