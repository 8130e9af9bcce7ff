using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>
/// The seven ways a careful reader worked hidden counts of children out of earlier results (issue 12), each on the
/// data it was found with. Each test shows first that the reader's arithmetic pins the count when the same figures are
/// shown without noise, then that it cannot pin it from what the platform publishes.
/// </summary>
public sealed class AttackTests(SharedPlatform own) : IClassFixture<SharedPlatform>
{
    private readonly TestPlatform platform = own.Platform;

    [Fact]
    public async Task Rows_columns_and_shown_zeros_of_one_table_by_local_area_no_longer_give_a_local_area_s_one_answer_away()
    {
        var member = platform.MunicipalityCodes.Take();
        var seeded = await SeededSurvey.CreateAsync(platform, [member], new Dictionary<string, string[]> { [member] = ["Nord", "Midt", "Syd"] },
            areasOf => Many(
                (areasOf[member][0], "happy", 1), (areasOf[member][0], "neutral", 3),
                (areasOf[member][1], "happy", 4), (areasOf[member][1], "neutral", 7), (areasOf[member][1], "sad", 4),
                (areasOf[member][2], "happy", 6), (areasOf[member][2], "neutral", 6)).Select(r => Cell(member, r.Area, r.Mood)));
        var coordinator = platform.As(Platform.Identity.RoleGrant.ForMunicipality(Platform.Identity.PlatformRole.MunicipalityCoordinator, member));
        var view = new ReaderView(seeded.Universe);
        foreach (var breakdown in new[] { Breakdown.None, Breakdown.LocalArea, Breakdown.AgeBand, Breakdown.Audience })
        {
            view.AddResults(member, [member], breakdown, await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(seeded.Survey, member), breakdown, coordinator));
        }

        var nordHappy = view.Where(c => c.Area == seeded.AreasOf[member][0] && c.Mood == "happy");

        AssertPinnedOnlyWithoutNoise(view, seeded, nordHappy, 1);
    }

    [Fact]
    public async Task A_partnership_s_figures_set_against_its_members_no_longer_give_a_member_s_small_count_away()
    {
        var members = platform.MunicipalityCodes.Take(2);
        var seeded = await SeededSurvey.CreateAsync(platform, members, NoAreas(members), _ =>
            Many(("", "neutral", 4), ("", "happy", 5)).Select(r => Cell(members[0], r.Area, r.Mood))
                .Concat(Many(("", "neutral", 6)).Select(r => Cell(members[1], r.Area, r.Mood))));
        var view = new ReaderView(seeded.Universe);
        await seeded.ReadAsync(view, "staff", members);

        var neutralOfFirst = view.Where(c => c.Member == members[0] && c.Mood == "neutral");

        AssertPinnedOnlyWithoutNoise(view, seeded, neutralOfFirst, 4);
    }

    [Fact]
    public async Task The_count_of_responses_set_against_a_required_question_no_longer_gives_its_small_option_away()
    {
        var member = platform.MunicipalityCodes.Take();
        var seeded = await SeededSurvey.CreateAsync(platform, [member], NoAreas([member]), _ =>
            Many(("", "happy", 4), ("", "neutral", 8)).Select(r => Cell(member, r.Area, r.Mood)));
        var view = new ReaderView(seeded.Universe);
        view.AddResults(member, [member], Breakdown.None,
            await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(seeded.Survey, member), as_: platform.AsAdmin()));

        var happy = view.Where(c => c.Mood == "happy");

        AssertPinnedOnlyWithoutNoise(view, seeded, happy, 4);
    }

    [Fact]
    public async Task The_staff_of_a_partnership_whose_members_include_another_s_are_refused_the_other_partnership_s_figures()
    {
        var members = platform.MunicipalityCodes.Take(3);
        var seeded = await SeededSurvey.CreateAsync(platform, members[..2], NoAreas(members[..2]), _ =>
            Many(("", "happy", 15)).Select(r => Cell(members[0], r.Area, r.Mood)).Concat(Many(("", "happy", 2)).Select(r => Cell(members[1], r.Area, r.Mood))));
        var wider = await Scenario.PartnershipWithMembersAsync(platform, members);
        var staffOfWider = PartnershipSurveys.Staff(platform, wider);
        var reports = new ReportService.ReportServiceClient(platform.Channel);
        var otherScope = new ReportScope { PartnershipId = seeded.PartnershipId };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => PartnershipSurveys.ResultsAsync(platform, seeded.Survey, Breakdown.Municipality, staffOfWider));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => reports.GetIndicatorAsync(
            new GetIndicatorRequest { IndicatorId = "surveys.responses", Scope = otherScope, Period = SeededSurvey.Period }, staffOfWider).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => ReadAllAsync(reports.GeneratePartnershipReport(
            new GeneratePartnershipReportRequest { PartnershipId = seeded.PartnershipId, Period = SeededSurvey.Period }, staffOfWider)));
        var missing = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => reports.GetIndicatorAsync(
            new GetIndicatorRequest { IndicatorId = "surveys.responses", Scope = new ReportScope { PartnershipId = "no-such-partnership" }, Period = SeededSurvey.Period },
            staffOfWider).ResponseAsync);
        Assert.Contains("may not read partnership", missing.Status.Detail, StringComparison.Ordinal);
        Assert.NotEmpty((await reports.GetIndicatorAsync(
            new GetIndicatorRequest { IndicatorId = "surveys.responses", Scope = new ReportScope { PartnershipId = wider }, Period = SeededSurvey.Period }, staffOfWider)).Rows);
    }

    [Fact]
    public async Task A_quarter_s_indicator_set_against_the_all_time_results_no_longer_gives_the_quarter_s_small_count_away()
    {
        var member = platform.MunicipalityCodes.Take(2);
        var seeded = await SeededSurvey.CreateAsync(platform, member, NoAreas(member), _ =>
            Many(("", "happy", 3)).Select(r => Cell(member[0], r.Area, r.Mood, quarter: 0))
                .Concat(Many(("", "happy", 20)).Select(r => Cell(member[0], r.Area, r.Mood, quarter: 1)))
                .Concat(Many(("", "neutral", 9)).Select(r => Cell(member[1], r.Area, r.Mood, quarter: 1))));
        var view = new ReaderView(seeded.Universe);
        await seeded.ReadAsync(view, "staff", member);

        var earlierQuarter = view.Where(c => c.Member == member[0] && c.Quarter == 0);

        AssertPinnedOnlyWithoutNoise(view, seeded, earlierQuarter, 3);
    }

    [Fact]
    public async Task A_share_of_positive_answers_set_against_the_results_no_longer_gives_a_small_count_away()
    {
        var members = platform.MunicipalityCodes.Take(1);
        var seeded = await SeededSurvey.CreateAsync(platform, members, NoAreas(members), _ =>
            Many(("", "happy", 14), ("", "neutral", 16), ("", "sad", 1)).Select(r => Cell(members[0], r.Area, r.Mood)));
        var view = new ReaderView(seeded.Universe);
        await seeded.ReadAsync(view, "staff", members);

        var sad = view.Where(c => c.Mood == "sad");

        AssertPinnedOnlyWithoutNoise(view, seeded, sad, 1);
    }

    [Fact]
    public async Task The_partnership_s_figures_before_and_after_a_member_left_no_longer_give_that_member_s_small_count_away()
    {
        var members = platform.MunicipalityCodes.Take(3);
        var seeded = await SeededSurvey.CreateAsync(platform, members, NoAreas(members), _ =>
            Many(("", "happy", 12), ("", "neutral", 6)).Select(r => Cell(members[0], r.Area, r.Mood))
                .Concat(Many(("", "happy", 9), ("", "sad", 5)).Select(r => Cell(members[1], r.Area, r.Mood)))
                .Concat(Many(("", "happy", 3), ("", "neutral", 5)).Select(r => Cell(members[2], r.Area, r.Mood))));
        var view = new ReaderView(seeded.Universe);
        await seeded.ReadAsync(view, "before", members, membersOwnResults: false);
        await new PartnershipService.PartnershipServiceClient(platform.Channel).OffboardMunicipalityAsync(
            new OffboardMunicipalityRequest { PartnershipId = seeded.PartnershipId, MunicipalityCode = members[2] }, platform.AsAdmin());
        await seeded.ReadAsync(view, "after", members[..2], membersOwnResults: false);

        var happyOfLeaver = view.Where(c => c.Member == members[2] && c.Mood == "happy");

        AssertPinnedOnlyWithoutNoise(view, seeded, happyOfLeaver, 3);
    }

    private static void AssertPinnedOnlyWithoutNoise(ReaderView view, SeededSurvey seeded, int[] target, int count)
    {
        var published = new Attack(view, seeded.Universe, seeded.Made);
        Assert.Equal(count, published.TrueCount(target));
        Assert.True(Attack.WithoutNoise(view, seeded.Universe, seeded.Made).Pins(target), "without noise the reader's arithmetic finds the count");
        published.AssertWithinDeviation();
        published.AssertConsistent();
        Assert.False(published.Pins(target), "from the published figures the reader cannot tell the count");
        Assert.DoesNotContain(published.SmallFigures(), small => small.Pinned);
    }

    private static IEnumerable<(string Area, string Mood)> Many(params (string Area, string Mood, int Count)[] groups) =>
        groups.SelectMany(group => Enumerable.Repeat((group.Area, group.Mood), group.Count));

    private static FineCell Cell(string member, string area, string mood, int quarter = 1) => new(member, area, "6-10", mood, "", quarter);

    private static Dictionary<string, string[]> NoAreas(IEnumerable<string> members) => members.ToDictionary(m => m, _ => Array.Empty<string>());

    private static async Task ReadAllAsync(AsyncServerStreamingCall<ReportProgress> call)
    {
        using (call)
        {
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
            {
            }
        }
    }
}
