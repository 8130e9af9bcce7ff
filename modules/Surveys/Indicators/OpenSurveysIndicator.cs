using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;

namespace Platform.Surveys.Indicators;

/// <summary>
/// Surveys collecting in the period: those (its own and its partnerships') with a collection link of the municipality
/// open at some time in it. A count of surveys, not of people.
/// </summary>
internal sealed class OpenSurveysIndicator(ITenantDbContextFactory<SurveysDb> databases) : IIndicatorProvider
{
    public const string Id = "surveys.open-surveys";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(Id, "Spørgeskemaer der indsamler svar", "Surveys collecting answers", "surveys", ["municipality"], CountsPeople: false)
        {
            FilledByDa = "Tallene kommer, når en kommune har et åbent indsamlingslink til et spørgeskema under Spørgeskemaer.",
            FilledByEn = "Figures appear when a municipality has an open collection link to a survey under Surveys.",
        },
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await databases.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var open = await db.Links.Where(l => l.OpensAt <= query.End && l.ClosesAt > query.Start)
                .Select(l => l.SurveyId).Distinct().CountAsync(cancellationToken);
            values.Add(new IndicatorValue(Id, new Dictionary<string, string> { ["municipality"] = code }, open));
        }

        return values;
    }
}
