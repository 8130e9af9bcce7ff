using Platform.Contracts.Core.V1;

namespace Platform.Testing;

/// <summary>Steps many tests share: a fresh partnership with some members.</summary>
public static class Scenario
{
    public static async Task<string> PartnershipWithMembersAsync(TestPlatform platform, params string[] municipalityCodes)
    {
        var partnerships = new PartnershipService.PartnershipServiceClient(platform.Channel);
        var id = "p-" + Guid.NewGuid().ToString("N")[..12];
        await partnerships.CreatePartnershipAsync(
            new CreatePartnershipRequest { Id = id, Name = "Center for Sundt Liv og Trivsel", CentreName = "Center for Sundt Liv og Trivsel" },
            platform.AsAdmin());
        foreach (var code in municipalityCodes)
        {
            await partnerships.OnboardMunicipalityAsync(
                new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, platform.AsAdmin());
        }

        return id;
    }
}
