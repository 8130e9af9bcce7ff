using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>
/// Random partnerships, members, local areas and children's answers over two quarters; the reader is the partnership's
/// staff, who may read the most: the partnership's results and every member's by every breakdown, the quarterly
/// indicators (counts and shares) for the quarter and the one before, and all of it again after a member left. An exact
/// solver sets every figure side by side and must not pin any count of 1 to 4 children to a single value.
/// </summary>
public sealed class DisclosurePropertyTests(SharedPlatform own) : IClassFixture<SharedPlatform>
{
    private const int Scenarios = 30;
    private static readonly string[] AreaNames = ["Nord", "Midt", "Syd"];

    [Fact]
    public async Task No_count_of_one_to_four_children_can_be_worked_out_exactly_from_everything_the_partnership_s_staff_may_read()
    {
        var platform = own.Platform;
        var pinned = new List<string>();
        var smallFigures = 0;
        for (var scenario = 0; scenario < Scenarios; scenario++)
        {
            var random = new Random(20261130 + scenario);
            var members = platform.MunicipalityCodes.Take(random.Next(2, 4));
            var areas = members.ToDictionary(m => m, _ => AreaNames.Take(random.Next(1, AreaNames.Length + 1)).ToArray());
            var seeded = await SeededSurvey.CreateAsync(platform, members, areas, areasOf => RandomResponses(random, areasOf));
            var view = new ReaderView(seeded.Universe);

            await seeded.ReadAsync(view, "before", members);
            await new PartnershipService.PartnershipServiceClient(platform.Channel).OffboardMunicipalityAsync(
                new OffboardMunicipalityRequest { PartnershipId = seeded.PartnershipId, MunicipalityCode = members[^1] }, platform.AsAdmin());
            await seeded.ReadAsync(view, "after", members[..^1], membersOwnResults: false);

            var attack = new Attack(view, seeded.Universe, seeded.Made);
            attack.AssertWithinDeviation();
            attack.AssertConsistent();
            foreach (var small in attack.SmallFigures())
            {
                smallFigures++;
                if (small.Pinned)
                {
                    pinned.Add($"scenario {scenario}: {small.Name} ({small.True} responses) can be worked out exactly");
                }
            }
        }

        Assert.True(smallFigures >= 100, $"the scenarios must hold enough small counts to attack, had {smallFigures}");
        Assert.True(pinned.Count == 0, string.Join(Environment.NewLine, pinned));
    }

    /// <summary>Up to 30 responses per member, spread thin over areas, age bands, moods, activities and quarters.</summary>
    private static IEnumerable<FineCell> RandomResponses(Random random, IReadOnlyDictionary<string, string[]> areasOf)
    {
        foreach (var (member, areas) in areasOf)
        {
            for (var i = random.Next(0, 31); i > 0; i--)
            {
                yield return new FineCell(
                    member,
                    random.Next(10) == 0 ? "" : areas[random.Next(areas.Length)],
                    FineCell.AgeBands[random.Next(FineCell.AgeBands.Length)],
                    new[] { "happy", "happy", "happy", "happy", "happy", "neutral", "neutral", "neutral", "sad", "sad" }[random.Next(10)],
                    string.Join(",", FineCell.ActivityOptions.Where(_ => random.Next(5) < 2)),
                    random.Next(2));
            }
        }
    }
}
