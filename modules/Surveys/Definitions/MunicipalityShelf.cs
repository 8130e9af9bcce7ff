using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Errors;
using Platform.Surveys.Data;

namespace Platform.Surveys.Definitions;

/// <summary>
/// A municipality's own surveys (behind the tenant filter), and the surveys of partnerships it collects answers to:
/// the published surveys of the partnerships it is a current member of, and those it holds answers to from an earlier
/// membership (its answers stay its own). It writes only its own.
/// </summary>
internal sealed class MunicipalityShelf(SurveysDb db, string municipalityCode, IReadOnlyList<string> partnershipIds) : SurveyShelf(db)
{
    public string MunicipalityCode { get; } = municipalityCode;

    public override async Task<SurveyHead?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? (SurveyHead?)await PartnershipSurveys().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public override async Task<List<SurveyHead>> ListAsync(CancellationToken cancellationToken) =>
        [.. await Db.Surveys.AsNoTracking().ToListAsync(cancellationToken), .. await PartnershipSurveys().AsNoTracking().ToListAsync(cancellationToken)];

    public override bool Owns(SurveyHead survey) => survey is SurveyRecord own && own.MunicipalityCode == MunicipalityCode;

    /// <summary>
    /// Refuses a survey the municipality may not take new answers to: a partnership's survey after the municipality
    /// left the partnership.
    /// </summary>
    public void RequireCollecting(SurveyHead survey)
    {
        if (survey is PartnershipSurveyRecord { PartnershipId: var partnershipId } && !partnershipIds.Contains(partnershipId))
        {
            throw new PreconditionFailedException(
                $"Municipality {MunicipalityCode} is no longer a member of partnership '{partnershipId}', so it collects no more answers to the partnership's survey.");
        }
    }

    protected override SurveyHead NewSurvey(string templateId, DateTimeOffset now)
    {
        var survey = new SurveyRecord { Id = Guid.NewGuid(), MunicipalityCode = MunicipalityCode, TemplateId = templateId, UpdatedAt = now };
        Db.Surveys.Add(survey);
        return survey;
    }

    /// <summary>A partnership's drafts are its staff's work in progress: members see a survey once it is published.</summary>
    private IQueryable<PartnershipSurveyRecord> PartnershipSurveys() =>
        Db.PartnershipSurveys.Where(s =>
            (partnershipIds.Contains(s.PartnershipId) && s.PublishedVersion > 0) || Db.Responses.Any(r => r.SurveyId == s.Id));
}
