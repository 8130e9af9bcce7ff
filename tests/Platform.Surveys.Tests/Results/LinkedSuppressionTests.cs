using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Results;

/// <summary>
/// Everything a partnership's staff can ask about one partnership survey: its results and each member's, by every
/// breakdown. Whatever is hidden in one answer must stay hidden when all the answers are set side by side.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class LinkedSuppressionTests(SharedPlatform shared)
{
    private static readonly Breakdown[] MemberBreakdowns = [Breakdown.None, Breakdown.LocalArea, Breakdown.Audience, Breakdown.AgeBand];

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task No_hidden_count_can_be_found_by_subtraction_across_breakdowns_members_and_their_partnership()
    {
        string[] members = ["0707", "0710", "0727"];
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, members);
        var survey = await PartnershipSurveys.PublishedAsync(platform, partnership);
        var random = new Random(20261126);
        foreach (var (code, size) in members.Zip([23, 9, 4]))
        {
            string[] areas = ["", await SurveyFactory.LocalAreaAsync(platform, code, "Nord"), await SurveyFactory.LocalAreaAsync(platform, code, "Syd")];
            await Imports.SendAsync(platform, Enumerable.Range(0, size).Select(_ => RandomPaper(random, PartnershipSurveys.AsMember(survey, code), areas)));
        }

        var staff = PartnershipSurveys.Staff(platform, partnership);
        var seen = new Dictionary<(string Scope, Breakdown Breakdown), SurveyResults>();
        foreach (var breakdown in MemberBreakdowns.Append(Breakdown.Municipality))
        {
            seen[("partnership", breakdown)] = await PartnershipSurveys.ResultsAsync(platform, survey, breakdown, staff);
        }

        foreach (var code in members)
        {
            foreach (var breakdown in MemberBreakdowns)
            {
                seen[(code, breakdown)] = await SurveyFactory.ResultsAsync(platform, PartnershipSurveys.AsMember(survey, code), breakdown, staff);
            }
        }

        var figures = Figures(seen, members);
        var lines = Lines(seen, members).ToList();

        Assert.All(figures.Values, cell => Assert.False(cell.Count is > 0 and < 5, "a count below 5 is shown"));
        Assert.Contains(figures.Values, cell => cell.Suppressed);
        Assert.Contains(lines, line => line.Count(figure => figures[figure].Suppressed) >= 2);
        Assert.All(lines, line => Assert.NotEqual(1, line.Distinct().Count(figure => figures[figure].Suppressed)));
    }

    private static ImportResponseRequest RandomPaper(Random random, Survey survey, string[] areas)
    {
        var mood = new[] { "happy", "happy", "happy", "neutral", "neutral", "sad" }[random.Next(6)];
        var activities = new[] { "sport", "play", "screens" }.Where(_ => random.Next(2) == 0).ToArray();
        var paper = new ImportResponseRequest
        {
            MunicipalityCode = survey.MunicipalityCode, SurveyId = survey.Id, Version = survey.PublishedVersion,
            LocalAreaId = areas[random.Next(areas.Length)], ResponseId = Guid.NewGuid().ToString(),
            AgeBand = new[] { "", "6-10", "11-15" }[random.Next(3)], AnsweredOn = "2026-11-19",
            Answers = { Answers.Choice("mood", mood) },
        };
        if (mood == "sad")
        {
            paper.Answers.Add(Answers.Text("why-sad", "træt"));
        }

        if (activities.Length > 0)
        {
            paper.Answers.Add(Answers.Choice("activities", activities));
        }

        return paper;
    }

    /// <summary>
    /// Every count shown anywhere, by what it counts. A count that two answers show (a member's margins in each of its
    /// breakdowns; a member, or one of its local areas, in the partnership's tables) must be shown alike.
    /// </summary>
    private static Dictionary<string, Cell> Figures(Dictionary<(string Scope, Breakdown Breakdown), SurveyResults> seen, string[] members)
    {
        var figures = new Dictionary<string, Cell>();
        void Record(string key, Cell cell)
        {
            if (figures.TryGetValue(key, out var earlier))
            {
                Assert.True(earlier.Equals(cell), $"{key} is shown as {earlier} in one answer and {cell} in another");
            }

            figures[key] = cell;
        }

        foreach (var ((scope, breakdown), results) in seen)
        {
            Record($"{scope}/responses", results.Responses);
            foreach (var question in results.Questions)
            {
                Record(Key(scope, Breakdown.None, "", question.QuestionId, null), question.Answers);
                foreach (var option in question.Options)
                {
                    Record(Key(scope, Breakdown.None, "", question.QuestionId, option.OptionId), option.Cell);
                }

                foreach (var group in question.Groups)
                {
                    var (owner, ownerBreakdown, ownerGroup) = SameCountOf(scope, breakdown, group.Group, members, seen);
                    Record(Key(owner, ownerBreakdown, ownerGroup, question.QuestionId, null), group.Answers);
                    foreach (var option in group.Options)
                    {
                        Record(Key(owner, ownerBreakdown, ownerGroup, question.QuestionId, option.OptionId), option.Cell);
                    }
                }
            }
        }

        return figures;
    }

    /// <summary>A partnership's group that is one member's (the member, or one of its local areas) counts what that member's own table counts.</summary>
    private static (string Scope, Breakdown Breakdown, string Group) SameCountOf(
        string scope, Breakdown breakdown, string group, string[] members, Dictionary<(string, Breakdown), SurveyResults> seen)
    {
        if (scope != "partnership")
        {
            return (scope, breakdown, group);
        }

        if (breakdown == Breakdown.Municipality)
        {
            return (group, Breakdown.None, "");
        }

        var owner = breakdown == Breakdown.LocalArea && group.Length > 0
            ? members.Single(code => seen[(code, Breakdown.LocalArea)].Questions.Any(q => q.Groups.Any(g => g.Group == group)))
            : null;
        return owner is null ? (scope, breakdown, group) : (owner, breakdown, group);
    }

    /// <summary>
    /// Every sum a reader can form: each table's rows, columns and totals, and each partnership count as the sum of its
    /// members' counts of the same group.
    /// </summary>
    private static IEnumerable<string[]> Lines(Dictionary<(string Scope, Breakdown Breakdown), SurveyResults> seen, string[] members)
    {
        yield return [$"partnership/responses", .. members.Select(code => $"{code}/responses")];
        foreach (var ((scope, breakdown), results) in seen)
        {
            foreach (var question in results.Questions)
            {
                string Cell(string group, string? option)
                {
                    if (breakdown == Breakdown.None)
                    {
                        return Key(scope, Breakdown.None, "", question.QuestionId, option);
                    }

                    var (owner, ownerBreakdown, ownerGroup) = SameCountOf(scope, breakdown, group, members, seen);
                    return Key(owner, ownerBreakdown, ownerGroup, question.QuestionId, option);
                }

                var options = question.Options.Select(o => o.OptionId).ToList();
                var groups = breakdown == Breakdown.None ? [""] : question.Groups.Select(g => g.Group).ToList();
                foreach (var group in groups.Where(_ => options.Count > 0))
                {
                    yield return [Cell(group, null), .. options.Select(option => Cell(group, option))];
                }

                if (breakdown == Breakdown.None)
                {
                    continue;
                }

                foreach (var option in options.Append(null))
                {
                    yield return [Key(scope, Breakdown.None, "", question.QuestionId, option), .. groups.Select(group => Cell(group, option))];
                }

                // A partnership's group that is not one member's own (an audience, an age band, the answers without a local
                // area) adds up the members' counts of that group. (Its margins add up the members' margins: the columns of
                // the table by municipality, above.)
                var sharedGroups = scope == "partnership" && breakdown != Breakdown.Municipality
                    ? groups.Where(group => Cell(group, null).StartsWith("partnership/", StringComparison.Ordinal))
                    : [];
                foreach (var (group, option) in sharedGroups.SelectMany(group => options.Append(null).Select(option => (group, option))))
                {
                    var parts = members.Where(code => seen[(code, breakdown)].Questions.Single(q => q.QuestionId == question.QuestionId).Groups.Any(g => g.Group == group));
                    yield return [Cell(group, option), .. parts.Select(code => Key(code, breakdown, group, question.QuestionId, option))];
                }
            }
        }
    }

    private static string Key(string scope, Breakdown breakdown, string group, string questionId, string? optionId) =>
        $"{scope}/{breakdown}/{group}/{questionId}/{optionId ?? "*"}";
}
