using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>
/// A partnership's survey with answers the test made, in 2026 Q3 and Q4, and everything its staff can read of it:
/// the partnership's results and each member's by every breakdown, and the quarterly responses and share indicators.
/// </summary>
public sealed record SeededSurvey(TestPlatform Platform, string PartnershipId, Survey Survey, Dictionary<string, string[]> AreasOf, List<FineCell> Made)
{
    public static readonly Quarter Period = new() { Year = 2026, Quarter_ = 4 };
    private static readonly Breakdown[] MemberBreakdowns = [Breakdown.None, Breakdown.LocalArea, Breakdown.Audience, Breakdown.AgeBand];
    private static readonly string[] AnsweredOn = ["2026-08-19", "2026-11-18"];

    public List<FineCell> Universe { get; } = FineCell.Universe(AreasOf);

    public CallOptions Staff => PartnershipSurveys.Staff(Platform, PartnershipId);

    /// <summary>A partnership of <paramref name="members"/> with a published survey, local areas, and the given responses of each member.</summary>
    public static async Task<SeededSurvey> CreateAsync(
        TestPlatform platform, IReadOnlyList<string> members, IReadOnlyDictionary<string, string[]> areaNames, Func<IReadOnlyDictionary<string, string[]>, IEnumerable<FineCell>> responses)
    {
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, [.. members]);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var areasOf = new Dictionary<string, string[]>();
        foreach (var member in members)
        {
            var ids = new List<string>();
            foreach (var name in areaNames.GetValueOrDefault(member, []))
            {
                ids.Add(await SurveyFactory.LocalAreaAsync(platform, member, name));
            }

            areasOf[member] = [.. ids];
        }

        var made = responses(areasOf).ToList();
        foreach (var member in members)
        {
            var imported = await Imports.SendAsync(platform, made.Where(cell => cell.Member == member).Select(cell => Paper(survey, cell)));
            Assert.Equal(made.Count(cell => cell.Member == member), imported.Stored);
        }

        return new SeededSurvey(platform, partnership, survey, areasOf, made);
    }

    /// <summary>What the partnership's staff read now, as members <paramref name="members"/> (the current ones) see it.</summary>
    public async Task ReadAsync(ReaderView view, string scope, IReadOnlyCollection<string> members, bool membersOwnResults = true)
    {
        foreach (var breakdown in MemberBreakdowns.Append(Breakdown.Municipality))
        {
            view.AddResults(scope, members, breakdown, await PartnershipSurveys.ResultsAsync(Platform, Survey, breakdown, Staff));
        }

        foreach (var member in membersOwnResults ? members : [])
        {
            foreach (var breakdown in MemberBreakdowns)
            {
                view.AddResults($"{scope}:{member}", [member], breakdown,
                    await SurveyFactory.ResultsAsync(Platform, PartnershipSurveys.AsMember(Survey, member), breakdown, Staff));
            }
        }

        view.AddResponseIndicator(scope, members, await IndicatorAsync("surveys.responses"));
        view.AddPositiveShares(scope, members, await IndicatorAsync("surveys.positive-share"));
    }

    public Task<IndicatorFigures> IndicatorAsync(string id) =>
        new ReportService.ReportServiceClient(Platform.Channel).GetIndicatorAsync(
            new GetIndicatorRequest { IndicatorId = id, Scope = new ReportScope { PartnershipId = PartnershipId }, Period = Period }, Staff).ResponseAsync;

    private static ImportResponseRequest Paper(Survey survey, FineCell cell)
    {
        var paper = new ImportResponseRequest
        {
            MunicipalityCode = cell.Member,
            SurveyId = survey.Id,
            Version = survey.PublishedVersion,
            LocalAreaId = cell.Area,
            ResponseId = Guid.NewGuid().ToString(),
            AgeBand = cell.AgeBand,
            AnsweredOn = AnsweredOn[cell.Quarter],
            Answers = { Answers.Choice("mood", cell.Mood) },
        };
        if (cell.Mood == "sad")
        {
            paper.Answers.Add(Answers.Text("why-sad", "drillet"));
        }

        if (cell.Activities.Length > 0)
        {
            paper.Answers.Add(Answers.Choice("activities", cell.ChosenActivities));
        }

        return paper;
    }
}
