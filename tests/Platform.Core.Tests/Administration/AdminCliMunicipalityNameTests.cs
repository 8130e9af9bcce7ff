using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

/// <summary>The CLI takes a municipality's name wherever it takes its code.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AdminCliMunicipalityNameTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_administrator_onboards_a_municipality_by_its_name_typed_in_any_case_without_Danish_letters()
    {
        var hoejeTaastrup = platform.MunicipalityCodes.Reserve("0169");
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        var onboarded = await AdminCli.RunAsync(platform, "partnership", "onboard", id, "hoeje taastrup");
        var shown = await AdminCli.RunAsync(platform, "municipality", "show", "HØJE-TAASTRUP");

        Assert.Equal(0, onboarded.ExitCode);
        Assert.Contains($"{hoejeTaastrup} Høje-Taastrup", onboarded.Output);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains($"{id}: joined", shown.Output);
    }

    [Fact]
    public async Task A_name_that_is_only_part_of_several_names_or_of_none_is_refused_with_the_nearest_names()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        var ambiguous = await AdminCli.RunAsync(platform, "partnership", "onboard", id, "frederiks");
        var misspelt = await AdminCli.RunAsync(platform, "partnership", "onboard", id, "Ishoi");

        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Equal(
            "'frederiks' is not a whole municipality name; it could be Frederiksberg (0147), Frederikssund (0250) or Frederikshavn (0813). " +
            "Give the whole name or the code.",
            Assert.Single(ambiguous.ErrorLines));
        Assert.Equal(1, misspelt.ExitCode);
        Assert.StartsWith("No municipality is called 'Ishoi'. The nearest name is Ishøj (0183).", Assert.Single(misspelt.ErrorLines));
        var partnership = await new PartnershipService.PartnershipServiceClient(platform.Channel)
            .GetPartnershipAsync(new GetPartnershipRequest { Id = id }, platform.AsAdmin());
        Assert.Empty(partnership.Members);
    }
}
