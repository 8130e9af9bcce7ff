using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;
using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Indicators;

/// <summary>
/// Well-being: the share (%) of answers to a question that chose a positive option, per published survey the
/// municipality collects answers to (its own and those its partnerships share with it, as far as the caller may see
/// them), in whole per cent from the published counts of positive and of all answers (never from true counts); left out
/// when either is shown as a band.
/// </summary>
internal sealed class PositiveShareIndicator(ITenantDbContextFactory<SurveysDb> databases) : IIndicatorProvider
{
    public const string Id = "surveys.positive-share";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(Id, "Andel positive svar", "Share of positive answers", "%", ["municipality", "survey", "question"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når børn og forældre har svaret på et spørgeskema med smiley- eller ja/nej-spørgsmål.",
            FilledByEn = "Figures appear when children and parents have answered a survey with smiley or yes/no questions.",
        },
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        var from = ResponseWeeks.From(query);
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            foreach (var survey in (await db.ListSurveysAsync(cancellationToken)).Where(s => s.PublishedVersion > 0))
            {
                var definition = DefinitionJson.Read((await db.FindVersionAsync(survey, survey.PublishedVersion, cancellationToken))!.DefinitionJson);
                var positive = definition.Sections.SelectMany(s => s.Questions)
                    .Where(q => DefinitionValidation.HasChoices(q.Type) && q.Type != Contracts.Surveys.V1.QuestionType.MultipleChoice && q.Options.Any(o => o.Positive))
                    .ToDictionary(q => q.Id, q => q.Options.Where(o => o.Positive).Select(o => o.Id).ToHashSet());
                var counts = await db.Answers
                    .Where(a => a.SurveyId == survey.Id && db.Responses.Any(r => r.Id == a.ResponseId && r.Week >= from && r.Week <= query.To))
                    .GroupBy(a => new { a.QuestionId, a.OptionId })
                    .Select(g => new { g.Key.QuestionId, g.Key.OptionId, Count = g.Count(), Keys = g.Sum(a => (long)a.RecordKey) })
                    .ToListAsync(cancellationToken);
                foreach (var (questionId, positiveIds) in positive)
                {
                    var answers = counts.Where(c => c.QuestionId == questionId).ToList();
                    var yes = PeopleCount.Sum(answers.Where(c => positiveIds.Contains(c.OptionId)).Select(c => PeopleCount.FromKeySum(c.Count, c.Keys)));
                    var all = PeopleCount.Sum(answers.Select(c => PeopleCount.FromKeySum(c.Count, c.Keys)));
                    if (DisclosureControl.SharePercent(DisclosureControl.Publish(yes), DisclosureControl.Publish(all)) is { } share)
                    {
                        values.Add(new IndicatorValue(Id,
                            new Dictionary<string, string> { ["municipality"] = code, ["survey"] = survey.Id.ToString(), ["question"] = questionId },
                            share));
                    }
                }
            }
        }

        return values;
    }
}
