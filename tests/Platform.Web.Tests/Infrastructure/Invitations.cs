using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>People invited as a platform administrator invites them, through the people service, for a sign-in link.</summary>
internal static class Invitations
{
    public static async Task<Uri> InviteAsync(TestPlatform platform, string displayName, params RoleGrant[] grants)
    {
        var people = new PeopleService.PeopleServiceClient(platform.Channel);
        var invited = await people.InvitePersonAsync(
            new InvitePersonRequest { Email = $"person.{Guid.NewGuid():N}@example.dk", DisplayName = displayName, Grants = { grants.Select(g => g.ToString()) } },
            platform.AsAdmin());
        return new Uri(invited.SignInLink);
    }
}
